"""Built-in connectors, one module each (listed in engine.sync.registry.BUILTINS)."""
