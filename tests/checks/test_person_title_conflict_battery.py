"""person-title-conflict battery: one person given two roles of one organisation, and one unique role given to two
people, each written in the ordinary ways copy states a role (before the name, in apposition after it with a comma, a
dash or a bracket, after "who is", as a copula either way round, after the speech verb), each with its right version
and traps (former, since become, interim, acting, a joint role, another organisation, a quote, a relative)."""

from __future__ import annotations

import pytest

from ..conftest import findings_of

HEAD = "date 2026-03-11 {h}\n\n"
FILL = "The plan was approved in February after months of talks."

def art(h, paras):
    return HEAD.format(h=h) + "\n\n".join(paras) + "\n"

# each phrasing states a role: f(full name, surname, role, organisation) -> sentence
PH = {
 "pre-title":        lambda n,s,r,o: f"{r[0].upper()+r[1:]} {n} said the figures were encouraging.",
 "org-pre-title":    lambda n,s,r,o: f"{o} {r} {n} said the figures were encouraging.",
 "appositive-the":   lambda n,s,r,o: f"{n}, the company's {r}, said the figures were encouraging.",
 "appositive-of":    lambda n,s,r,o: f"{n}, {r} of {o}, said the figures were encouraging.",
 "appositive-poss":  lambda n,s,r,o: f"{n}, {o}'s {r}, said the figures were encouraging.",
 "appositive-at":    lambda n,s,r,o: f"{n}, {r} at {o}, said the figures were encouraging.",
 "poss-before":      lambda n,s,r,o: f"{o}'s {r}, {n}, said the figures were encouraging.",
 "the-of-before":    lambda n,s,r,o: f"The {r} of {o}, {n}, said the figures were encouraging.",
 "who-is":           lambda n,s,r,o: f"{n}, who is {o}'s {r}, said the figures were encouraging.",
 "who-serves-as":    lambda n,s,r,o: f"{n}, who serves as {r} of {o}, said the figures were encouraging.",
 "parens":           lambda n,s,r,o: f"{n} ({r}, {o}) said the figures were encouraging.",
 "dashes":           lambda n,s,r,o: f"{n} – {o}'s {r} – said the figures were encouraging.",
 "said-after":       lambda n,s,r,o: f"The figures were encouraging, said {n}, {r} of {o}.",
 "according-to":     lambda n,s,r,o: f"According to {n}, the {r} of {o}, the figures were encouraging.",
 "is-sentence":      lambda n,s,r,o: f"{n} is the {r} of {o}. She said the figures were encouraging.",
 "copula-rev":       lambda n,s,r,o: f"{o}'s {r} is {n}, who said the figures were encouraging.",
 "surname-the":      lambda n,s,r,o: f"{s}, the {r}, said the figures were encouraging.",
 "ms-surname":       lambda n,s,r,o: f"Ms {s}, {o}'s {r}, said the figures were encouraging.",
 "told":             lambda n,s,r,o: f"{o} {r} {n} told reporters the figures were encouraging.",
 "as-role":          lambda n,s,r,o: f"{n}, speaking as {o}'s {r}, said the figures were encouraging.",
 "since":            lambda n,s,r,o: f"{n}, {r} of {o} since 2019, said the figures were encouraging.",
 "added":            lambda n,s,r,o: f"\"The figures are encouraging,\" added {n}, the {r} of {o}.",
}

N = ("Marta Lindqvist", "Lindqvist")
N2 = ("Oluwaseun Bankole", "Bankole")
ORG = "Harrowgate Foods"

def _base_rows():
    out = []
    # (1) one person two roles: chief executive vs chairman
    for k, f in PH.items():
        first = PH["appositive-poss"](*N, "chief executive", ORG)
        out.append((f"ptc1-wrong-{k}", "person-title-conflict", art("Harrowgate Foods profits rise", [first, FILL, f(*N, "chairman", ORG)]), [7]))
        out.append((f"ptc1-right-{k}", "person-title-conflict", art("Harrowgate Foods profits rise", [first, FILL, f(*N, "chief executive", ORG)]), []))
        # second order: phrasing first, plain later
        out.append((f"ptc1b-wrong-{k}", "person-title-conflict", art("Harrowgate Foods profits rise", [f(*N, "chief executive", ORG), FILL, f"Chairman {N[0]} said the dividend would rise."]), [7]))
    # (2) two people one unique role
    for k, f in PH.items():
        first = f"{N2[0]}, {ORG}'s chief executive, said the results were strong."
        out.append((f"ptc2-wrong-{k}", "person-title-conflict", art("Harrowgate Foods profits rise", [first, FILL, f(*N, "chief executive", ORG)]), [7]))
        out.append((f"ptc2-right-{k}", "person-title-conflict", art("Harrowgate Foods profits rise", [first, FILL, f(*N, "finance director", ORG)]), []))
    # traps
    T = [
     ("trap-former", [f"{N[0]}, {ORG}'s chief executive, said the results were strong.", FILL, f"{N2[0]}, the former chief executive, said he was pleased."], []),
     ("trap-since-become", [f"{N[0]}, then {ORG}'s finance director, signed the deal in 2019.", FILL, f"{N[1]}, who has since become chief executive, said the deal had paid off."], []),
     ("trap-interim", [f"{N[0]}, {ORG}'s chief executive, said the results were strong.", FILL, f"{N2[0]}, who was interim chief executive last year, said the turnaround was real."], []),
     ("trap-joint", [f"{N[0]}, {ORG}'s chairman and chief executive, said the results were strong.", FILL, f"Chief executive {N[0]} said the dividend would rise."], []),
     ("trap-other-org", [f"{N[0]}, {ORG}'s chief executive, said the results were strong.", FILL, f"{N2[0]}, chief executive of the rival Brightwell Dairies, said the market was tough."], []),
     ("trap-promoted", [f"{N[0]}, who was promoted from finance director to chief executive in May, said the results were strong.", FILL, f"Chief executive {N[0]} said the dividend would rise."], []),
     ("trap-quote", [f"{N[0]}, {ORG}'s chief executive, said the results were strong.", FILL, f"\"I am not the chairman, and I never wanted to be,\" {N[1]} said."], []),
     ("trap-relative", [f"{N[0]}, {ORG}'s chief executive, said the results were strong.", FILL, f"Her brother, Erik Lindqvist, the chairman of the Harrowgate Trust, said he was proud."], []),
     ("trap-deputy-acting", [f"Deputy Registrar Ibrahim Tanko said the rolls were closed.", FILL, f"Tanko, who is acting registrar while the post is vacant, said the count would start on Monday."], []),
    ]
    for rid, ps, exp in T:
        out.append(("ptc-" + rid, "person-title-conflict", art("Harrowgate Foods profits rise", ps), exp))
    # brief examples
    B = [
     ("cto-ceo", ["Ana Petrov, the firm's chief technology officer, said the system was secure.", FILL, "Chief executive Ana Petrov said the contract would be signed."], [7]),
     ("deputy-registrar", ["Deputy Registrar Ibrahim Tanko said the rolls were closed.", FILL, "Registrar Ibrahim Tanko said the count would start on Monday."], [7]),
     ("cabinet-deputy-leader", ["Sioned ap Iorwerth, cabinet member for education, said the schools would reopen.", FILL, "Deputy leader Sioned ap Iorwerth said the budget was tight."], [7]),
     ("synod-registrar", ["Canon Ofori-Atta, the Synod Secretary, said the vote would be held in July.", FILL, "Diocesan Registrar Canon Ofori-Atta said the rules were clear."], [7]),
     ("ceo-chairman-surname", ["Kiprono, the chief executive, said the bank was well capitalised.", FILL, "Chairman Kiprono said the board backed the plan."], [7]),
     ("head-forwards-coach", ["Head coach Tane Horomona said the side had trained well.", FILL, "Forwards coach Tane Horomona said the lineout had improved."], [7]),
     ("chairs-board-ceo", ["Gwen Ashdown, who chairs the board, said the merger was agreed.", FILL, "Gwen Ashdown, the chief executive, said jobs were safe."], [7]),
     ("chair-is-two", ["At Thornbury Trust the chair is Sir Rupert Ellison, who took over in 2020.", FILL, "Thornbury's chair, Gillian Oduya, said the trust would not sell the land."], [7]),
     ("two-registrars", ["The university's registrar, Dr Hugh Menzies, said enrolment had risen.", FILL, "Registrar Dr Priya Nair said the fees were fair."], [7]),
     ("two-mayors", ["Mayor Linda Okafor said the city would bid.", FILL, "The city's mayor, Tom Hadley, said the bid was costly."], [7]),
     ("two-head-coaches", ["Head coach Tane Horomona said the side had trained well.", FILL, "The team's head coach, Barry Quinlan, said the lineout had improved."], [7]),
     ("two-chairs-who-chairs", ["Gwen Ashdown, who chairs the Thornbury board, said the merger was agreed.", FILL, "Thornbury chairman Peter Vance said jobs were safe."], [7]),
    ]
    for rid, ps, exp in B:
        out.append(("brief-" + rid, "person-title-conflict", art("Harrowgate Foods profits rise", ps), exp))
    return out

def rows():
    out = _base_rows()
    X = [
     ("reg-uni-deputy", ["Deputy Registrar Ibrahim Tanko of Kaduna State University said the rolls were closed.", FILL, "The university's registrar, Ibrahim Tanko, said the count would start on Monday."], [7]),
     ("reg-uni-two", ["The university's registrar, Dr Hugh Menzies, said enrolment had risen.", FILL, "Dr Priya Nair, the university's registrar, said the fees were fair."], [7]),
     ("reg-uni-right", ["The university's registrar, Dr Hugh Menzies, said enrolment had risen.", FILL, "Dr Hugh Menzies, the university's registrar, said the fees were fair."], []),
     ("reg-hospital-trap", ["Dr Hugh Menzies, a registrar at the hospital, said the ward was full.", FILL, "Dr Priya Nair, a registrar in the emergency department, said staff were exhausted."], []),
     ("reg-acting-trap", ["The university's registrar, Susan Pike, is on secondment.", FILL, "Nicholas Brandt, the university's acting registrar, said the fees were fair."], []),
     ("diocesan", ["Canon Kwame Ofori-Atta, the diocese's registrar, said the vote would be held in July.", FILL, "The diocese's registrar, Margaret Ellery, said the rules were clear."], [7]),
    ]
    for rid, ps, exp in X:
        out.append(("x-" + rid, "person-title-conflict", art("University fees to rise", ps), exp))
    return out


# Phrasings the check does not read, kept so a change that reads them shows; each would need a risky rule.
XFAIL = {
    "brief-cto-ceo": "'the firm's chief technology officer' and a bare 'Chief executive X': no organisation written with the second",
    "brief-cabinet-deputy-leader": "a council's deputy leader usually holds a cabinet portfolio too: the pair is not read as exclusive",
    "brief-synod-registrar": "'the Synod Secretary' is not a role of roles.yaml and 'Diocesan' is not read as the diocese",
}


def _params():
    for rid, check, text, expected in rows():
        marks = [pytest.mark.xfail(reason=XFAIL[rid], strict=True)] if rid in XFAIL else []
        yield pytest.param(check, text, [(check, line) for line in expected], id=rid, marks=marks)


@pytest.mark.parametrize("check, text, expected", list(_params()))
def test_person_title_conflict_battery(check, text, expected):
    assert findings_of(text, check=check) == expected
