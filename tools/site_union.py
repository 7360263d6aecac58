"""The facts of one API version as the union of both sites' CLI packages (issue 25).

Each site's facts arrive as `Facts`; `union` returns the actions and objects of the spec of both
sites, in the format tc3-codegen reads (codegen/src/spec.rs):

- an action `["Name", "status", "im"]`: the sites that have it, `i` international, `m` mainland;
  its status (`online`, `deprecated`, `offline`) that of every site that has it when they agree,
  else `online` when one site says so, else `deprecated`;
- a member `[wire, type, flags, example]`, with a fifth element `"i"` or `"m"` when its object is on
  both sites but the member on one only. Flag `r` means required on every site that has the
  member's object; a member required on one site only (optional or absent on the other) has `I` or
  `M` instead. `o` (always in answers) and `d` (hidden in the documentation) hold when every site
  that has the member says so, `n` (may be null) when any does; `1` see below;
- an object of one site only is written as that site has it.

Where the two sites give one member different types, the type of TYPE_CONFLICTS, the reviewed
table below, is taken and the conflict reported; a conflict missing there stops the generator.
A list on one site and its item on the other is the list with flag `1`: a single value decodes
as a list of one.

Objects are joined by name. Three versions name different APIs on the two sites (domain
2018-08-08, rce 2020-11-03, tdid 2021-05-19): their sites share no action and no object name, so
their union is both APIs side by side, each action marked with its site; `union` stops should
two sites that share no action ever share an object name."""

from collections import namedtuple

# The facts of one version in one site's CLI package: actions {name: status}, objects
# {name: (usage, [[wire, type, flags, example], ...])} with flags letters of `rond`.
Facts = namedtuple("Facts", "actions objects")

# (service, version, object, member) -> (international type, mainland type, the type taken, why).
# The generator fails on a conflict missing here, or on an entry no longer found, so the table
# stays the whole list. Decoding is lenient (a number in a string and the reverse).
TYPE_CONFLICTS = {
    **{("lke", "2023-11-30", obj, member): (
        "string", "uint64", "string",
        "IDs beyond 2^53, which JSON readers round: the newer (international) package types them "
        "string; the mainland's numbers decode into it")
       for obj, members in (("DocReference", ("DocBizId", "ReferBizId", "KnowledgeBizId")),
                            ("QaReference", ("QaBizId", "ReferBizId", "KnowledgeBizId")))
       for member in members},
    ("monitor", "2018-07-24", "GrafanaNotificationChannel", "UpdatedAt"): (
        "date", "datetime_iso", "string", "answers only; the sites disagree on the format, so no format is claimed"),
    **{("monitor", "2018-07-24", "GrafanaNotificationChannel", member): (
        "string", "[string]", "[string]", "answers only: a list, and the international site's single value is a list of one")
       for member in ("OrgIds", "OrganizationIds")},
    **{("wedata", "2025-08-06", "WorkflowTriggerConfig", member): (
        "uint64", "int64", "int64", "seconds: int64 holds the mainland's negative values and the international site's below 2^63")
       for member in ("TriggerMinimumIntervalSecond", "TriggerWaitTimeSecond")},
}


def union(where, intl, mainland):
    """The actions (list) and objects (dict) of the spec of both sites of one version (`where` =
    (service, version)), and the type conflicts as (object, member, international type, mainland
    type). `intl` or `mainland` is None when that site lacks the version."""
    sites = [(letter, facts) for letter, facts in (("i", intl), ("m", mainland)) if facts is not None]
    actions = []
    for name in sorted(set().union(*(facts.actions for _, facts in sites))):
        statuses = [facts.actions[name] for _, facts in sites if name in facts.actions]
        # Each site's word when they agree; else callable where either site calls it online.
        status = statuses[0] if len(set(statuses)) == 1 else "online" if "online" in statuses else "deprecated"
        actions.append([name, status, "".join(letter for letter, facts in sites if name in facts.actions)])
    objects, conflicts = {}, []
    if len(sites) == 2 and not any(a[2] == "im" for a in actions):
        shared = set(intl.objects) & set(mainland.objects)
        assert not shared, ("two APIs of one version name the same objects", sorted(shared)[:5])
    for name in sorted(set().union(*(facts.objects for _, facts in sites))):
        found = [facts.objects[name] for _, facts in sites if name in facts.objects]
        if len(found) == 1:
            objects[name] = found[0]
        else:
            objects[name] = merged_object(name, found[0], found[1], conflicts, where)
    return actions, objects, conflicts


def merged_object(name, intl, mainland, conflicts, where):
    """An object both sites have: the international members in their order, then the mainland's
    own in theirs; a member whose type the sites disagree on gets the type TYPE_CONFLICTS takes."""
    theirs = {member[0]: member for member in mainland[1]}
    ours = {member[0] for member in intl[1]}
    assert len(theirs) == len(mainland[1]) and len(ours) == len(intl[1]), ("a member twice", name)
    members = []
    for wire, kind, flags, example in intl[1]:
        other = theirs.get(wire)
        if other is None:
            members.append([wire, kind, flags.replace("r", "I"), example, "i"])
            continue
        merged = merged_flags(flags, other[2])
        if other[1] != kind:
            conflicts.append((name, wire, kind, other[1]))
            taken = TYPE_CONFLICTS.get((*where, name, wire), (kind,) * 3)[2]
            if taken.startswith("[") and taken[1:-1] in (kind, other[1]):
                merged += "1"
            kind = taken
        # The international example when it has one.
        members.append([wire, kind, merged, example or other[3]])
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
