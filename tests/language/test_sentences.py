"""Sentence splitting: initials and abbreviations go on, a label's letter may end a sentence."""

import pytest

from factcheck.language.sentences import split_sentences
from tests.conftest import lines_found

CASES = [
    ("initials go on", "J. K. Rowling signed copies. The queue was long.", 2),
    ("an honorific goes on", "Dr. Smith spoke. Mr. Jones did not.", 2),
    ("a label's letter ends its sentence", "There are 100 players in category C. Last season 180 held contracts.", 2),
    ("Plan B ends its sentence", "The club has no plan B. Its manager said so.", 2),
    ("an initial after a lowercase verb goes on", "The report was written by J. Smith and others.", 1),
    ("a wire dateline is a sentence of its own", "HARARE, Wednesday 18 March 2026 - The judge gave the firm 14 days. It agreed.", 3),
    ("a US dateline too", "NEW YORK, Nov. 4, 2026 \u2014 The vote was held. Turnout was high.", 3),
    ("a place and an agency with no date is no dateline", "LONDON (Reuters) - The vote was held.", 1),
]


@pytest.mark.parametrize("name,text,count", CASES, ids=[c[0] for c in CASES])
def test_split(name, text, count):
    assert len(split_sentences(text)) == count


def test_a_time_of_the_next_sentence_does_not_date_a_count(rules):
    """"Last season" after "category C." dates the next sentence's 180, not the 212 before it."""
    head = "date 2026-03-02 Board approves new contracts\n\n"
    paragraphs = ["A total of 212 players will be offered retainers, with 40 in category A, 72 in category B and 100 in category C. "
                  "Last season 180 players held domestic contracts.",
                  "Retainer payments to all 221 contracted domestic players would begin on 1 July, he said."]
    assert lines_found(head, paragraphs, "number-conflict", rules) == [5]


def test_a_grant_told_in_a_datelined_sentence_counts_from_its_day(rules):
    """The dateline's date is no day of the sentence after it: "on Wednesday" dates the grant."""
    head = "Head\n\n"
    paragraphs = ["HARARE, Wednesday 18 March 2026 - The judge on Wednesday gave the firm 14 days, until April 8, to comply."]
    assert lines_found(head, paragraphs, "deadline-arithmetic", rules) == [3]
    paragraphs[0] = paragraphs[0].replace("April 8", "April 1")
    assert lines_found(head, paragraphs, "deadline-arithmetic", rules) == []
