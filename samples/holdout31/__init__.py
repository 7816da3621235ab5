"""holdout31: a never-tuned holdout set of revised plans (Renja Perubahan, Renstra
Perubahan, Rencana Aksi Perubahan)."""
