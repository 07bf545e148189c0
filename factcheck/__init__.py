"""factcheck: flags what contradicts itself inside a news article."""

__version__ = "0.1.0"

__all__ = ["__version__", "check_text", "check_file", "check_paths"]


def __getattr__(name: str):
    # The API loads the engine only when used, so `factcheck --help` stays fast.
    if name in ("check_text", "check_file", "check_paths"):
        from . import engine

        return getattr(engine, name)
    raise AttributeError(name)
