"""The bundled spec in other tools: their installers (`tools.py`) and `make interop` (`run.py`)."""
