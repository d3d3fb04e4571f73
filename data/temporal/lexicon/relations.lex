# Words that place a period relative to the reference date, as a shift in its unit:
# "last year" = shift -1, "this month" = 0, "next week" = +1.
relation this 0
relation current 0
relation last -1
relation past -1
relation previous -1
relation next 1
relation coming 1

# "earlier this month" is its start, "later this year" its end.
edge earlier START
edge later END

# Words that qualify an amount of time, as TIMEX3 mods.
approx about APPROX
approx around APPROX
approx approximately APPROX
approx roughly APPROX
approx some APPROX
approx nearly LESS_THAN
approx almost LESS_THAN
approx over MORE_THAN
approx under LESS_THAN

# Units written only in the plural name an unspecified amount ("for years" -> PXY).
plural_unit days day
plural_unit weeks week
plural_unit months month
plural_unit quarters quarter
plural_unit years year
plural_unit decades decade
plural_unit centuries century
plural_unit hours hour
plural_unit minutes minute

# Adverbs of frequency and their TIMEX3 SET values.
frequency daily P1D
frequency weekly P1W
frequency monthly P1M
frequency yearly P1Y
frequency hourly PT1H
frequency nightly P1D

# Days named relative to the publication date, as a shift in days.
relative_day yesterday -1
relative_day today 0
relative_day tomorrow 1
