# Calendar words: `category word value`. Month and weekday values are numbers
# (January = 1, Monday = 1 as in ISO 8601); seasons use TIMEX3 codes.
month january 1
month jan 1
month february 2
month feb 2
month march 3
month mar 3
month april 4
month apr 4
month may 5
month june 6
month jun 6
month july 7
month jul 7
month august 8
month aug 8
month september 9
month sep 9
month sept 9
month october 10
month oct 10
month november 11
month nov 11
month december 12
month dec 12

weekday monday 1
weekday mon 1
weekday tuesday 2
weekday tue 2
weekday tues 2
weekday wednesday 3
weekday wed 3
weekday thursday 4
weekday thu 4
weekday thur 4
weekday thurs 4
weekday friday 5
weekday fri 5
weekday saturday 6
weekday sat 6
weekday sunday 7
weekday sun 7

season spring SP
season summer SU
season summertime SU
season fall FA
season autumn FA
season winter WI
season wintertime WI

# Parts of the day (TIMEX3 codes).
part morning MO
part afternoon AF
part evening EV
part night NI
part tonight NI
part overnight NI

# Parts of the day in the plural: "Tuesday nights" is every Tuesday night.
part_plural mornings MO
part_plural afternoons AF
part_plural evenings EV
part_plural nights NI

# early/mid/late and their TIMEX3 mods.
portion early START
portion beginning START
portion start START
portion mid MID
portion middle MID
portion late END
portion end END

# Full names only: a bare abbreviation ("Sun", "Mar") is too often something else.
# Two digits, so a value template can write a month as TIMEX3 does ("XXXX-07").
month_full january 01
month_full february 02
month_full march 03
month_full april 04
month_full may 05
month_full june 06
month_full july 07
month_full august 08
month_full september 09
month_full october 10
month_full november 11
month_full december 12
weekday_full monday 1
weekday_full tuesday 2
weekday_full wednesday 3
weekday_full thursday 4
weekday_full friday 5
weekday_full saturday 6
weekday_full sunday 7

# Time zones written after a clock time ("5 p.m. EST"); the value is not used, the
# zone only belongs to the expression.
zone est
zone edt
zone cst
zone cdt
zone mst
zone mdt
zone pst
zone pdt
zone gmt
zone utc
zone bst
zone cet
