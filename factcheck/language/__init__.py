"""Reading news language: sentences, quotes, dates, weekdays, durations, figures and tense.

Pure functions over strings with character offsets; checks compose these readings and decide.
"""
