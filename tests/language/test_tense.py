"""Tests for factcheck.language.tense: the tense governing a time expression."""

import pytest

from factcheck.language.tense import Tense, TenseReading, governing_verb, reported_speech_verb_before, tense_at

# (sentence, the time expression in it, expected tense). Where the expression
# occurs twice, the first occurrence is meant.
TENSE_CASES = [
    # a telling set off after the day by a comma has its own day: the predicate before governs
    ("The theatre will close after a farewell gala on Sunday 3 November, its trustees announced on Tuesday.", "Sunday", Tense.FUTURE),
    ("The theatre closed after a farewell gala on Sunday 3 November, its trustees announced on Tuesday.", "Sunday", Tense.PAST),
    ("The trustees will close the theatre on Sunday, announced as its last night.", "Sunday", Tense.FUTURE),
    # a day ending the first of two predicates of one subject is that predicate's ("…, and will be sent")
    ("The statement was lodged with the ASX on Tuesday, and will be sent to shareholders next week.", "Tuesday", Tense.PAST),
    ("The statement will be lodged with the ASX on Tuesday, and was approved by the board last week.", "Tuesday", Tense.FUTURE),
    ("Submissions lodged before 1 March will still be considered.", "1 March", "past"),
    # future
    ("On Monday, Ms Okafor will chair a session of the Northern Ports Forum (NPF) "
     "to push for the minister's plan.", "Monday", "future"),
    ("Monday will be the third time Ms Okafor has led an NPF session, and her second visit "
     "to Hull this year.", "Monday", "future"),
    ("Monday's NPF summit is expected to produce fresh pledges, with Hull and Grimsby agreeing "
     "to share more berths.", "Monday", "future"),
    ("Pay talks between the union and the port owners are planned for Wednesday at a hotel near Leeds.",
     "Wednesday", "future"),
    ("Ms Adeyemi reported that the hearing is scheduled for Wednesday.", "Wednesday", "future"),
    ("Union sets out pay demands as hearing planned for Wednesday", "Wednesday", "future"),
    ("The council said it will meet the delegation on Monday.", "Monday", "future"),
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
    ("The council said on Monday it will meet the delegation.", "Monday", "past"),
    ("The ministry said on Monday that the two unions held \"completely different\" positions.",
     "Monday", "past"),
    ("She said in her weekly podcast on Monday: \"The full figures will be out tomorrow.\"",
     "Monday", "past"),
    ("Mayor Dana Whitlock quoted a harbour spokeswoman as saying on Monday.", "Monday", "past"),
    ("The mayor stated last week the council would raise parking fees in 30 days for visitors.",
     "last week", "past"),
    ("The bill was debated on Tuesday.", "Tuesday", "past"),
    ("The plan has been moved to Friday.", "Friday", "past"),
    # "planned" before a noun is an adjective, not "the meeting planned for Monday"
    ("The trust said it had cancelled 14 planned operations on Monday.", "Monday", "past"),
    ("On Monday the minister said the talks had failed.", "Monday", "past"),
    ("On Monday, the council announced it will send a delegation.", "Monday", "past"),
    ("The minister, who arrived on Monday, is expected to meet Zelenskyy on Wednesday.",
     "Monday", "past"),
    ("The minister arrived on Monday and will stay until Friday.", "Monday", "past"),
    ("The two unions have held three rounds of talks in Sheffield, on May 14 and June 3, "
     "that ended with the return of striking staff.", "June 3", "past"),
    ("Confirming a series of burglaries in Harrogate on Saturday, the chief constable also praised residents.",
     "Saturday", "past"),
    ("The minister told reporters on Friday that he will not resign.", "Friday", "past"),
    ("Officials announced on Friday that the summit will go ahead.", "Friday", "past"),
    ("Ms Okafor warned on Monday that the strikes will keep spreading.", "Monday", "past"),
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
    ("The council has asked drivers to avoid Pit Lane on Tuesday.", "Tuesday", "unknown"),
    ("The council asked drivers on Tuesday to avoid Pit Lane.", "Tuesday", "past"),
    ("The game on Saturday has been postponed.", "Saturday", "unknown"),
    ("The game was postponed on Saturday.", "Saturday", "past"),
    # a date in brackets glosses the word before it, whatever verb is nearer
    ("The tender opened on Monday (March 2) and will close on April 13.", "March 2", "past"),
    ("The tender will open on Monday (March 9) and closed bids are kept.", "March 9", "future"),
    # what was done "after" the main verb's time may lie behind or ahead of the piece
    ("Patel will be the next mayor after defeating the incumbent in Monday's election.", "Monday", "unknown"),
    ("The imam will speak after morning prayers on Friday.", "Friday", "future"),
]


@pytest.mark.parametrize("sentence,expression,expected", TENSE_CASES)
def test_tense_at(sentence, expression, expected):
    start = sentence.index(expression)
    assert tense_at(sentence, start, start + len(expression)) == expected


def test_tense_in_a_paragraph_uses_the_right_sentence():
    paragraph = ("The minister met the mayor on Monday. He will return on Friday. "
                 "Ms Okafor said the visit was useful.")
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
        ("The council said on Monday it will meet.", "Monday", True),
        ("He announced on Friday that", "Friday", True),
        ("The mayor stated last week the council would", "last week", True),
        ("The minister told reporters on Friday", "Friday", True),
        ("She said in her weekly podcast on Monday", "Monday", True),
        ("The council said it will meet on Monday.", "Monday", False),
        ("He said the talks, held on Monday, failed.", "Monday", False),
        ("On Monday, the council said", "Monday", False),
        ("Ms Okafor will chair a meeting on Monday", "Monday", False),
    ],
)
def test_reported_speech_verb_before(sentence, expression, expected):
    assert reported_speech_verb_before(sentence, sentence.index(expression)) is expected


def test_one_reading_answers_for_every_expression_of_a_paragraph():
    """A TenseReading reads the paragraph once and gives each expression the tense a fresh reading gives it."""
    paragraph = " ".join(sentence for sentence, _, _ in TENSE_CASES)
    reading = TenseReading(paragraph)
    asked = 0
    for sentence, expression, expected in TENSE_CASES:
        start = paragraph.index(sentence) + sentence.index(expression)
        end = start + len(expression)
        assert reading.governing_verb(start, end) == governing_verb(paragraph, start, end) == governing_verb(paragraph, start, end, reading)
        asked += 1
    assert asked == len(TENSE_CASES)
    council = paragraph.index("The council said it will meet the delegation on Monday.")
    monday = paragraph.index("Monday", council)
    assert reading.tense_at(monday, monday + 6) is Tense.FUTURE


def test_a_reading_of_another_text_is_not_used():
    past, future = "The mayor met the minister on Monday.", "The mayor will meet the minister on Monday."
    start = past.index("Monday")
    assert governing_verb(past, start, start + 6, TenseReading(future))[0] is Tense.PAST
    assert TenseReading(future).tense_at(future.index("Monday"), future.index("Monday") + 6) is Tense.FUTURE


def test_the_tense_module_keeps_no_memory_between_texts():
    import factcheck.language.tense as tense

    assert not [name for name in dir(tense) if hasattr(getattr(tense, name), "cache_info")]


# (sentence, the time expression, the tense that governs it)
GOVERNED = [
    # a plan since changed: its day lies behind the new one
    ("Bids, originally due on Friday 13 March, will now be accepted until 11am on Friday 27 March.", "Friday 13 March", "past"),
    ("Bids will be accepted until 11am on Friday 27 March.", "Friday 27 March", "future"),
    # a day joined to another by "and" is that one's
    ("Schools, which were closed on Tuesday and Wednesday, are expected to reopen on Friday.", "Wednesday", "past"),
    ("The team played on Tuesday and will play again on Wednesday.", "Wednesday", "future"),
    # an acronym in capitals is no verb
    ("A site briefing will be held at the DID district office on July 2.", "July 2", "future"),
    ("A SITE BRIEFING DID TAKE PLACE ON JULY 2.", "JULY 2", "past"),
    # a participle after a comma with its agent qualifies, and does not govern a day before it
    ("Her funeral will take place at St Laurence's church, Ludlow, on Thursday 9 April, followed by a private cremation.", "Thursday 9 April", "future"),
    ("The funeral took place at St Laurence's church, Ludlow, on Thursday 9 April, followed by a private cremation.", "Thursday 9 April", "past"),
    # a period's present-tense verbs govern their days
    ("The eight-week public consultation opened on Thursday 5 March and closes at 5pm on Thursday 28 May.", "Thursday 28 May", "present"),
    ("The spawning closure runs from 1 November to 15 December each year.", "15 December", "present"),
]


@pytest.mark.parametrize("sentence,expression,expected", GOVERNED, ids=[f"{c[2]}: {c[0][:40]}" for c in GOVERNED])
def test_the_verb_that_governs_a_day(sentence, expression, expected):
    from factcheck.language.tense import governing_verb

    at = sentence.index(expression)
    assert governing_verb(sentence, at, at + len(expression))[0].value == expected
