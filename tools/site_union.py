"""The facts of one API version as the union of both sites' CLI packages (issue 25).

Each site's facts arrive as `Facts`; `union` returns the actions and objects of the spec of both
sites, in the format tc3-codegen reads (codegen/src/spec.rs):

- an action `["Name", "status", "im"]`: the sites that have it, `i` international, `m` mainland;
  `deprecated` only when every site that has it says so;
- a member `[wire, type, flags, example]`, with a fifth element `"i"` or `"m"` when its object is on
  both sites but the member on one only. Flag `r` means required on every site that has the
  member's object; a member required on one site only (optional or absent on the other) has `I` or
  `M` instead. `o` (always in answers) and `d` (hidden in the documentation) hold when every site
  that has the member says so, `n` (may be null) when any does;
- an object of one site only is written as that site has it.

Where the two sites give one member different types, the international type is taken and the
conflict reported: each must be in TYPE_CONFLICTS, the reviewed table below, with the reason the
international type serves both sites."""

from collections import namedtuple

# The facts of one version in one site's CLI package: actions {name: status}, objects
# {name: (usage, [[wire, type, flags, example], ...])} with flags letters of `rond`.
Facts = namedtuple("Facts", "actions objects")

# (service, version, object, member) -> (international type, mainland type, why the international
# type is kept). The generator fails on a conflict missing here, or on an entry no longer found, so
# the table stays the whole list. Decoding is lenient (a number in a string and the reverse), which
# covers int64 against uint64 and string against a number.
#
# The handful of UNION has no conflict (measured on the pinned packages). Outside it, 11 wait for
# their review: lke 2023-11-30 DocReference/QaReference `*BizId` (string, uint64), monitor
# 2018-07-24 GrafanaNotificationChannel UpdatedAt (date, datetime_iso) and OrgIds/OrganizationIds
# (string, [string]: needs a type that takes both), wedata 2025-08-06 WorkflowTriggerConfig
# `Trigger*Second` (uint64, int64).
TYPE_CONFLICTS = {
}


def union(intl, mainland):
    """The actions (list) and objects (dict) of the spec of both sites, and the type conflicts as
    (object, member, international type, mainland type). `intl` or `mainland` is None when that
    site lacks the version."""
    sites = [(letter, facts) for letter, facts in (("i", intl), ("m", mainland)) if facts is not None]
    actions = []
    for name in sorted(set().union(*(facts.actions for _, facts in sites))):
        statuses = [facts.actions[name] for _, facts in sites if name in facts.actions]
        status = "deprecated" if all(s == "deprecated" for s in statuses) else "online"
        actions.append([name, status, "".join(letter for letter, facts in sites if name in facts.actions)])
    objects, conflicts = {}, []
    for name in sorted(set().union(*(facts.objects for _, facts in sites))):
        found = [facts.objects[name] for _, facts in sites if name in facts.objects]
        if len(found) == 1:
            objects[name] = found[0]
        else:
            objects[name] = merged_object(name, found[0], found[1], conflicts)
    return actions, objects, conflicts


def merged_object(name, intl, mainland, conflicts):
    """An object both sites have: the international members in their order, then the mainland's
    own in theirs."""
    theirs = {member[0]: member for member in mainland[1]}
    ours = {member[0] for member in intl[1]}
    assert len(theirs) == len(mainland[1]) and len(ours) == len(intl[1]), ("a member twice", name)
    members = []
    for wire, kind, flags, example in intl[1]:
        other = theirs.get(wire)
        if other is None:
            members.append([wire, kind, flags.replace("r", "I"), example, "i"])
            continue
        if other[1] != kind:
            conflicts.append((name, wire, kind, other[1]))
        # The international example when it has one.
        members.append([wire, kind, merged_flags(flags, other[2]), example or other[3]])
    for wire, kind, flags, example in mainland[1]:
        if wire not in ours:
            members.append([wire, kind, flags.replace("r", "M"), example, "m"])
    return [merged_usage(name, intl[0], mainland[0]), members]


def merged_flags(intl, mainland):
    """The flags of a member both sites have, in the order `r`/`I`/`M`, `o`, `n`, `d`."""
    required = {(True, True): "r", (True, False): "I", (False, True): "M", (False, False): ""}
    out = required["r" in intl, "r" in mainland]
    out += "o" if "o" in intl and "o" in mainland else ""
    out += "n" if "n" in intl or "n" in mainland else ""
    out += "d" if "d" in intl and "d" in mainland else ""
    return out


def merged_usage(name, intl, mainland):
    """`in`, `out` or `both`: where either site uses the object; "" (an action's own request or
    response) must be so on both."""
    if intl == mainland:
        return intl
    assert intl and mainland, ("a request or response on one site only", name, intl, mainland)
    return "both"


def reviewed(where, conflicts):
    """The conflicts of one version (`where` = (service, version)) that TYPE_CONFLICTS lacks or
    states otherwise, as messages."""
    problems = []
    for obj, member, intl, mainland in conflicts:
        entry = TYPE_CONFLICTS.get((*where, obj, member))
        if entry is None or entry[:2] != (intl, mainland):
            problems.append(f"{' '.join(where)} {obj}.{member}: international {intl}, mainland {mainland}"
                            " is not in tools/site_union.py's TYPE_CONFLICTS")
    return problems
