"""`python -m dashboard`: the same commands as the `corridor-dashboard` script."""

from dashboard.cli import main

if __name__ == "__main__":
    main()
