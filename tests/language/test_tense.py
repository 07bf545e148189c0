"""Tests for factcheck.language.tense: the tense governing a time expression."""

import pytest

from factcheck.language.tense import Tense, reported_speech_verb_before, tense_at

# (sentence, the time expression in it, expected tense). Where the expression
# occurs twice, the first occurrence is meant.
TENSE_CASES = [
    # future
    ("On Monday, Ms Okafor will use a meeting of the Northern Ports Forum (NPF) "
     "to back the minister's plan.", "Monday", "future"),
    ("Monday will be the third time Ms Okafor has chaired the NPF, and the second occasion "
     "she has done so in Hull.", "Monday", "future"),
    ("Monday's UDCG is expected to see further commitments, with Germany and the UK agreeing "
     "to procure more missiles.", "Monday", "future"),
    ("Peace talks between Ukraine and Russia are planned for Wednesday in Turkey.",
     "Wednesday", "future"),
    ("Umerov reported that the meeting is scheduled for Wednesday.", "Wednesday", "future"),
    ("Zelenskyy sets out Ukraine goals as meeting planned for Wednesday", "Wednesday", "future"),
    ("The Kremlin said it will meet the delegation on Monday.", "Monday", "future"),
    ("The minister is due to arrive in Kyiv on Thursday.", "Thursday", "future"),
    ("The prime minister is set to announce the package on Friday.", "Friday", "future"),
    ("Ministers are going to vote on Tuesday.", "Tuesday", "future"),
    ("The chancellor plans to publish the figures on Friday.", "Friday", "future"),
    ("The minister is to travel to Brussels on Thursday.", "Thursday", "future"),
    ("We'll know more on Friday.", "Friday", "future"),
    ("The minister arrived on Monday and will stay until Friday.", "Friday", "future"),
    ("The minister, who arrived on Monday, is expected to meet Zelenskyy on Wednesday.",
     "Wednesday", "future"),
    ("He said on Monday that talks will resume on Wednesday.", "Wednesday", "future"),
    # a passive participle after "be" has no tense of its own: the group before it decides
    ("The evacuation orders are due to be reviewed on Tuesday, when forecasters expect rain.",
     "Tuesday", "future"),
    ("The appeal will be heard on Friday.", "Friday", "future"),
    ("The talks are expected to be held on Friday.", "Friday", "future"),
    ("The vote scheduled Monday will go ahead.", "Monday", "future"),
    # past, including the traps: reported speech and past events
    ("The Kremlin said on Monday it will meet the delegation.", "Monday", "past"),
    ("The ministry said on Monday that the two unions held \"completely different\" positions.",
     "Monday", "past"),
    ("He said in his daily address on Monday: \"More details will be available tomorrow.\"",
     "Monday", "past"),
    ("Volodymyr Zelenskyy quoted a senior Kyiv official as saying on Monday.", "Monday", "past"),
    ("Trump stated last week he would impose new sanctions in 50 days on Russia.",
     "last week", "past"),
    ("The bill was debated on Tuesday.", "Tuesday", "past"),
    ("The plan has been moved to Friday.", "Friday", "past"),
    # "planned" before a noun is an adjective, not "the meeting planned for Monday"
    ("The trust said it had cancelled 14 planned operations on Monday.", "Monday", "past"),
    ("On Monday the minister said the talks had failed.", "Monday", "past"),
    ("On Monday, the Kremlin announced it will send a delegation.", "Monday", "past"),
    ("The minister, who arrived on Monday, is expected to meet Zelenskyy on Wednesday.",
     "Monday", "past"),
    ("The minister arrived on Monday and will stay until Friday.", "Monday", "past"),
    ("Ukraine and Russia have held two rounds of talks in Istanbul, on May 16 and June 2, "
     "that led to the exchange of prisoners.", "June 2", "past"),
    ("Confirming a string of attacks in Odesa on Saturday, Zelensky also thanked leaders.",
     "Saturday", "past"),
    ("The minister told reporters on Friday that he will not resign.", "Friday", "past"),
    ("Officials announced on Friday that the summit will go ahead.", "Friday", "past"),
    ("Mr Healey warned on Monday that Russia will keep attacking.", "Monday", "past"),
    ("The talks, which ended on Friday, will resume next week.", "Friday", "past"),
    ("Russia has launched hundreds of drones since Sunday.", "Sunday", "past"),
    ("Two people were killed on Saturday.", "Saturday", "past"),
    ("The summit was expected to take place on Monday.", "Monday", "past"),
    ("He met Zelenskyy in Kyiv on Tuesday before flying to Warsaw.", "Tuesday", "past"),
    ("The death toll has risen to six due to a landslide following an aftershock on Saturday.",
     "Saturday", "past"),
    ("A man was arrested in Norfolk at 2am local time (0100 UTC) on Sunday.", "Sunday", "past"),
    ("On Monday, administrator Emily W. Murphy sent a letter to the team.", "Monday", "past"),
    ("The originally planned launch on Wednesday afternoon was scrubbed.", "Wednesday", "past"),
    ("On Wednesday, Woolworths also limited toilet paper purchases.", "Wednesday", "past"),
    ("Doris Day died on Monday at her home.", "Monday", "past"),
    # present and unknown
    ("The talks are being held on Monday.", "Monday", "present"),
    ("The unions are meeting ministers on Thursday to discuss pay.", "Thursday", "future"),
    ("The club is hosting Leeds on Saturday.", "Saturday", "future"),
    ("Residents are still recovering from the floods on Sunday.", "Sunday", "present"),
    ("Police are appealing for witnesses to the crash on Friday.", "Friday", "present"),
    ("Whips were meeting the rebels on Tuesday when the news broke.", "Tuesday", "past"),
    ("The office is closed on Monday.", "Monday", "present"),
    ("He would travel to Kyiv on Monday, officials said.", "Monday", "unknown"),
    ("It could happen as soon as Monday.", "Monday", "unknown"),
    ("Talks on Monday.", "Monday", "unknown"),
]


@pytest.mark.parametrize("sentence,expression,expected", TENSE_CASES)
def test_tense_at(sentence, expression, expected):
    start = sentence.index(expression)
    assert tense_at(sentence, start, start + len(expression)) == expected


def test_tense_in_a_paragraph_uses_the_right_sentence():
    paragraph = ("The minister met Zelenskyy on Monday. He will return on Friday. "
                 "Mr Healey said it was right.")
    monday = paragraph.index("Monday")
    friday = paragraph.index("Friday")
    assert tense_at(paragraph, monday, monday + 6) is Tense.PAST
    assert tense_at(paragraph, friday, friday + 6) is Tense.FUTURE


def test_abbreviation_does_not_end_the_sentence():
    text = "Dr. Patel will speak on Monday."
    start = text.index("Monday")
    assert tense_at(text, start, start + 6) is Tense.FUTURE


def test_tense_is_a_string():
    assert Tense.FUTURE == "future" and str(Tense.PAST) == "past"


@pytest.mark.parametrize(
    "sentence,expression,expected",
    [
        ("The Kremlin said on Monday it will meet.", "Monday", True),
        ("He announced on Friday that", "Friday", True),
        ("Trump stated last week he would", "last week", True),
        ("The minister told reporters on Friday", "Friday", True),
        ("He said in his daily address on Monday", "Monday", True),
        ("The Kremlin said it will meet on Monday.", "Monday", False),
        ("He said the talks, held on Monday, failed.", "Monday", False),
        ("On Monday, the Kremlin said", "Monday", False),
        ("Mr Healey will use a meeting on Monday", "Monday", False),
    ],
)
def test_reported_speech_verb_before(sentence, expression, expected):
    assert reported_speech_verb_before(sentence, sentence.index(expression)) is expected
