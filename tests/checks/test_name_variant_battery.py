"""name-variant battery: a surname or an organisation's name misspelt once, the later mention written in the ordinary
ways copy refers to a person or a body (honorific and surname, surname alone before or after the speech verb, a
possessive, an object, a clause, a bracket), each with its right version, and quiet twins (similar surnames of two
people the copy tells apart, relatives, a book title)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

HEAD = "date 2026-03-11 {h}\n\n"
FILL = "The plan was approved in February after months of talks."
def art(h, paras):
    return HEAD.format(h=h) + "\n\n".join(paras) + "\n"

# (full name, right surname, wrong surname, honorific)
PEOPLE = [
    ("Emeka Eze", "Eze", "Ezeh", "Dr"),
    ("Nobuko Sato", "Sato", "Saito", "Ms"),
    ("Gareth Prothero", "Prothero", "Prothroe", "Mr"),
    ("Lakshmi Venkataraghavan", "Venkataraghavan", "Venkatraghavan", "Dr"),
    ("Siobhan Kilbride", "Kilbride", "Kilbryde", "Ms"),
    ("Tomasz Wierzbicki", "Wierzbicki", "Wierzbiki", "Mr"),
]
# second-mention phrasings: f(full, first, surname, hon)
LATER = {
 "hon-surname-said":   lambda n,f,s,h: f"{h} {s} said the scheme would be reviewed in the autumn.",
 "said-hon-surname":   lambda n,f,s,h: f"The scheme would be reviewed in the autumn, said {h} {s}.",
 "surname-said":       lambda n,f,s,h: f"{s} said the scheme would be reviewed in the autumn.",
 "said-surname":       lambda n,f,s,h: f"\"We will review it in the autumn,\" said {s}.",
 "surname-added":      lambda n,f,s,h: f"\"We will review it in the autumn,\" {s} added.",
 "possessive":         lambda n,f,s,h: f"{s}'s team will review the scheme in the autumn.",
 "hon-possessive":     lambda n,f,s,h: f"{h} {s}'s team will review the scheme in the autumn.",
 "full-name":          lambda n,f,s,h: f"{f} {s} said the scheme would be reviewed in the autumn.",
 "according-to":       lambda n,f,s,h: f"According to {h} {s}, the scheme will be reviewed in the autumn.",
 "object":             lambda n,f,s,h: f"Officials thanked {h} {s} for the review.",
 "mid-clause":         lambda n,f,s,h: f"The review, which {s} will lead, starts in the autumn.",
 "paren":              lambda n,f,s,h: f"The review (led by {h} {s}) starts in the autumn.",
 "told":               lambda n,f,s,h: f"{h} {s} told the BBC the scheme would be reviewed.",
 "sentence-start-but": lambda n,f,s,h: f"But {s} said the scheme would be reviewed in the autumn.",
}

ORGS = [
    ("Peepal Tree Ventures", "Pipal Tree Ventures"),
    ("Harrowgate Foods", "Harrogate Foods"),
    ("Kowloon Harbour Authority", "Kowloon Harbor Authority"),
]
ORG_LATER = {
 "subject":   lambda o: f"{o} said it would appeal.",
 "possessive":lambda o: f"{o}'s board met on Tuesday.",
 "object":    lambda o: f"Investors backed {o} in the last round.",
 "at":        lambda o: f"Staff at {o} were told on Monday.",
}

def rows():
    out = []
    for full, right, wrong, hon in PEOPLE:
        first = full.split()[0]
        intro = f"{hon} {full}, who leads the programme, said the scheme had helped 400 families."
        second = f"{hon} {right} said demand had doubled since January."
        for k, f in LATER.items():
            out.append((f"nv-wrong-{right}-{k}", "name-variant", art("Housing scheme to expand", [intro, second, FILL, f(full, first, wrong, hon)]), [9]))
            out.append((f"nv-right-{right}-{k}", "name-variant", art("Housing scheme to expand", [intro, second, FILL, f(full, first, right, hon)]), []))
    for o, w in ORGS:
        intro = f"{o}, which was founded in 2015, said its revenue had doubled."
        second = f"{o} employs 120 people."
        for k, f in ORG_LATER.items():
            out.append((f"org-wrong-{o.split()[0]}-{k}", "name-variant", art("Start-up raises new funds", [intro, second, FILL, f(w)]), [9]))
            out.append((f"org-right-{o.split()[0]}-{k}", "name-variant", art("Start-up raises new funds", [intro, second, FILL, f(o)]), []))
    T = [
     ("twin-mehra-mehta", ["Anil Mehra, the firm's founder, said sales had doubled.", "Mehra said exports led the growth.", FILL, "Dr Anil Mehta, who is not related to Mr Mehra, chairs the industry body."], []),
     ("twin-relatives", ["Dr Yonas Berhane said the clinic was full.", "Berhane said demand had doubled.", FILL, "His daughter, Hanna Yonas, runs the pharmacy next door."], []),
     ("twin-sato-saito", ["Nobuko Sato, the mayor, said the plan would go ahead.", "Ms Sato said the cost was fair.", FILL, "Kenji Saito, a local shopkeeper, said he was worried about parking."], []),
     ("twin-tesfaye", ["Professor Abel Tesfay said the results were clear.", "Tesfay said more work was needed.", FILL, "Dawit Tesfaye, no relation to Professor Tesfay, said the lab was overcrowded."], []),
     ("twin-kowalski", ["Professor Katarzyna Kowalczyk said the course was full.", "Kowalczyk said demand was high.", FILL, "Dr Tomasz Kowalski, who teaches in the same department, agreed."], []),
     ("quote-title", ["Gareth Prothero said the book sold well.", "Prothero said a sequel was planned.", FILL, "His first novel, The Prothroe Inheritance, is out of print."], []),
    ]
    for rid, ps, exp in T:
        out.append(("nv-" + rid, "name-variant", art("Housing scheme to expand", ps), exp))
    return out


# a three-letter surname is compared only for a silent "h" added ("Eze"/"Ezeh"), and then only where the copy shows the
# later spelling is a person's: a lone possessive or a word mid-clause shows nothing
XFAIL = {f"nv-wrong-Eze-{k}": "a three-letter surname written alone with nothing to show it is a person's: not compared" for k in ("possessive", "mid-clause")}


def _params():
    for rid, check, text, expected in rows():
        marks = [pytest.mark.xfail(reason=XFAIL[rid], strict=True)] if rid in XFAIL else []
        yield pytest.param(check, text, [(check, line) for line in expected], id=rid, marks=marks)


@pytest.mark.parametrize("check, text, expected", list(_params()))
def test_name_variant_battery(check, text, expected):
    assert findings_of(text, check=check) == expected
