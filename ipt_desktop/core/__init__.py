"""GUI-free core of IPT Desktop: storage, content, rendering, search, sync, publishing and user data.

Nothing in this package imports PySide6 or ``ipt_desktop.ui``; tests/core/test_architecture.py enforces it.
"""

import builtins
import functools
import sys
import types


def _light_cached_property() -> None:
    """whoosh takes one decorator from the ``cached_property`` package, whose import also loads asyncio (about
    30 ms of start-up on the path to the first search). The standard library's ``functools.cached_property``
    does the same for whoosh's use (a plain attribute cached on a reader), so it stands in for the package
    unless that is already loaded. No other dependency of ours imports the package."""
    if "cached_property" not in sys.modules:
        module = types.ModuleType("cached_property", "functools.cached_property, standing in for whoosh")
        module.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = module


def _urlretrieve(*args, **kwargs):
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _compat_import(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002 - __import__'s names
    if name == "urllib.request" and fromlist and "urllib.request" not in sys.modules:
        return types.SimpleNamespace(urlretrieve=_urlretrieve)
    return builtins.__import__(name, globals, locals, fromlist, level)


class _WhooshCompatLoader:
    """Runs ``whoosh.compat`` with an ``__import__`` of its own: its ``from urllib.request import urlretrieve``
    (a function whoosh never calls) gets a stand-in that imports urllib.request on first call. Loading
    urllib.request pulls in http.client, email and ssl, about 40 ms of start-up. Only that module's import
    statements are affected; nothing is put in sys.modules in urllib's name."""

    def __init__(self, loader) -> None:
        self.loader = loader

    def __getattr__(self, name: str):  # get_source, get_filename ... as the wrapped loader has them
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        module.__dict__["__builtins__"] = {**builtins.__dict__, "__import__": _compat_import}
        self.loader.exec_module(module)


class _WhooshCompatFinder:
    """Finds ``whoosh.compat`` through the other finders and wraps its loader in :class:`_WhooshCompatLoader`."""

    def find_spec(self, name, path=None, target=None):
        if name != "whoosh.compat":
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _WhooshCompatLoader(spec.loader)
                return spec
        return None


def _light_whoosh_start_up() -> None:
    _light_cached_property()
    if "whoosh.compat" not in sys.modules and not any(isinstance(f, _WhooshCompatFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _WhooshCompatFinder())


_light_whoosh_start_up()
