"""Run the companion: settings -> companion -> Gradio page on 127.0.0.1:7860 (see README)."""

from companion.cli import main

if __name__ == "__main__":
    raise SystemExit(main(["serve"]))
