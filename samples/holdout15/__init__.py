"""holdout15: older and provincial forms typed in Word (never tuned on)."""
