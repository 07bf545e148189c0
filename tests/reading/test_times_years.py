"""Which numbers in a sentence are years: a period's facts in an earlier year's sentence are another period's."""

from __future__ import annotations

import pytest

from factcheck.reading.times import years_in


@pytest.mark.parametrize("sentence,years", [
    ("In 2019 the consultation was extended.", {2019}),
    ("The strike of May 2019 lasted ten days.", {2019}),
    ("Since 2016, when drivers stayed out, there has been no strike.", {2016}),
    ("Drivers with Amalgamated Transit Union Local 1894 walked off the job.", set()),
    ("Passengers on Flight 2012 and Route 1900 were told in 2024.", {2024}),
])
def testyears_in_a_sentence(sentence, years):
    assert years_in(sentence) == years
