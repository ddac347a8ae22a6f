#!/usr/bin/python3
"""Read or drive the accessibility (AT-SPI) tree the way a screen reader does.

Run with the session bus of the app under test in DBUS_SESSION_BUS_ADDRESS:

  atspi.py enable        say a screen reader is listening (org.a11y.Status.IsEnabled)
  atspi.py tree          one line per node of every application, fields split by tabs:
                         app, depth, role, name, actions, states, x, y, width, height
                         (on the screen), text (of a text field)
  atspi.py click NAME    run the "click" action of the node named NAME; exit 1 if none

Exits 3 when the AT-SPI bindings are missing, so the caller can say what to install.
"""

import sys
import warnings

# get_action_name is marked deprecated, yet Debian 12's libatspi has no other way to read an
# action's name; the warning would only clutter the test's output.
warnings.filterwarnings("ignore", category=DeprecationWarning)

try:
    import gi

    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, Gio, GLib
except (ImportError, ValueError) as error:
    print(f"atspi.py: no AT-SPI bindings ({error})", file=sys.stderr)
    sys.exit(3)

# A tree walk visits a few hundred nodes; no single call may hang the test.
Atspi.set_timeout(5000, 10000)
MAX_DEPTH = 60


def clean(text):
    return (text or "").replace("\t", " ").replace("\n", " ")


def enable():
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.call_sync(
        "org.a11y.Bus",
        "/org/a11y/bus",
        "org.freedesktop.DBus.Properties",
        "Set",
        GLib.Variant("(ssv)", ("org.a11y.Status", "IsEnabled", GLib.Variant("b", True))),
        None,
        Gio.DBusCallFlags.NONE,
        5000,
        None,
    )


def actions(node):
    if "Action" not in node.get_interfaces():
        return []
    return [node.get_action_name(i) for i in range(node.get_n_actions())]


def walk(node, depth=0):
    """Every node under `node` with its depth, depth first."""
    yield node, depth
    if depth >= MAX_DEPTH:
        return
    try:
        count = node.get_child_count()
    except GLib.Error:
        return  # gone while the app drew a new frame
    for i in range(count):
        try:
            child = node.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            yield from walk(child, depth + 1)


def applications():
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None:
            yield app


def extents(node):
    if "Component" not in node.get_interfaces():
        return [-1, -1, 0, 0]
    box = Atspi.Component.get_extents(node, Atspi.CoordType.SCREEN)
    return [box.x, box.y, box.width, box.height]


def text(node):
    if "Text" not in node.get_interfaces():
        return ""
    return Atspi.Text.get_text(node, 0, -1) or ""


def tree():
    for app in applications():
        app_name = clean(app.get_name())
        for node, depth in walk(app):
            try:
                states = [state.value_nick for state in node.get_state_set().get_states()]
                fields = [app_name, str(depth), node.get_role_name(), node.get_name()]
                fields += [",".join(actions(node)), ",".join(states)]
                fields += [str(v) for v in extents(node)]
                fields.append(text(node))
            except GLib.Error:
                # The node went away while it was read (the app drew a new frame); the
                # caller reads the tree again until what it waits for is there.
                continue
            print("\t".join(clean(field) for field in fields))


def click(name):
    for app in applications():
        for node, _ in walk(app):
            if node.get_name() != name:
                continue
            names = actions(node)
            if "click" in names:
                node.do_action(names.index("click"))
                return 0
    print(f"atspi.py: no node named {name!r} with a click action", file=sys.stderr)
    return 1


def main(argv):
    if argv[1:] == ["enable"]:
        enable()
        return 0
    if argv[1:] == ["tree"]:
        tree()
        return 0
    if len(argv) == 3 and argv[1] == "click":
        return click(argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
