"""Fourth holdout set: Chromium-printed tables with a look and wording never tuned on."""
