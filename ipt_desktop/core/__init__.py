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


def _on_first_call(module_name: str, function: str):
    """A function that imports ``module_name`` when first called and runs its ``function``."""

    def call(*args, **kwargs):
        import importlib

        return getattr(importlib.import_module(module_name), function)(*args, **kwargs)

    call.__name__ = function
    return call


# whoosh modules -> modules they import a function from that our use of whoosh never calls, and those names.
# whoosh.compat takes urlretrieve from urllib.request (which loads http.client, email and ssl: ~40 ms);
# whoosh.query.terms takes variations from whoosh.lang.morph_en (a large table of rules: ~12 ms).
_STAND_INS = {
    "whoosh.compat": ("urllib.request", ("urlretrieve",)),
    "whoosh.query.terms": ("whoosh.lang.morph_en", ("variations",)),
}


def _import_with_stand_ins(module: str):
    source, names = _STAND_INS[module]
    stand_in = types.SimpleNamespace(**{name: _on_first_call(source, name) for name in names})

    def importer(name, globals=None, locals=None, fromlist=(), level=0):
        if name == source and fromlist and set(fromlist) <= set(names) and name not in sys.modules:
            return stand_in
        return builtins.__import__(name, globals, locals, fromlist, level)

    return importer


class _StandInLoader:
    """Runs one whoosh module with an ``__import__`` of its own, so that its ``from X import f`` of a function
    our use never calls gets a stand-in that imports X on first call. Only that module's import statements are
    affected; nothing is put in sys.modules in X's name."""

    def __init__(self, loader, name: str) -> None:
        self.loader = loader
        self.name = name

    def __getattr__(self, name: str):  # get_source, get_filename ... as the wrapped loader has them
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        module.__dict__["__builtins__"] = {
            **builtins.__dict__,
            "__import__": _import_with_stand_ins(self.name),
        }
        self.loader.exec_module(module)


class _StandInFinder:
    """Finds the modules of _STAND_INS through the other finders and wraps their loaders."""

    def find_spec(self, name, path=None, target=None):
        if name not in _STAND_INS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _StandInLoader(spec.loader, name)
                return spec
        return None


def _light_whoosh_start_up() -> None:
    _light_cached_property()
    if not any(isinstance(f, _StandInFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _StandInFinder())


_light_whoosh_start_up()
