"""Certificate engines for the certs-z8 blind test set."""
