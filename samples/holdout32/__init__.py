"""holdout32: a blind holdout set whose tables state their meaning outside the column
header (scale in a caption or note, year only in the title block, units in the header)."""
