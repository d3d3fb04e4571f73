# Numbers and ordinals in words. `number` values combine: "twenty" + "four" = 24;
# `multiplier` multiplies what comes before ("two hundred").
number a 1
number an 1
number one 1
number two 2
number three 3
number four 4
number five 5
number six 6
number seven 7
number eight 8
number nine 9
number ten 10
number eleven 11
number twelve 12
number thirteen 13
number fourteen 14
number fifteen 15
number sixteen 16
number seventeen 17
number eighteen 18
number nineteen 19
number twenty 20
number thirty 30
number forty 40
number fifty 50
number sixty 60
number seventy 70
number eighty 80
number ninety 90
number dozen 12
multiplier hundred 100
multiplier thousand 1000
multiplier million 1000000

ordinal first 1
ordinal second 2
ordinal third 3
ordinal fourth 4
ordinal fifth 5
ordinal sixth 6
ordinal seventh 7
ordinal eighth 8
ordinal ninth 9
ordinal tenth 10
ordinal eleventh 11
ordinal twelfth 12
ordinal thirteenth 13
ordinal fourteenth 14
ordinal fifteenth 15
ordinal sixteenth 16
ordinal seventeenth 17
ordinal eighteenth 18
ordinal nineteenth 19
ordinal twentieth 20
ordinal thirtieth 30

# "18th", "1st", "2nd", "3rd" (written right after the digits).
ordinal_suffix st
ordinal_suffix nd
ordinal_suffix rd
ordinal_suffix th

# Vague amounts: "several years" -> PXY.
vague several X
vague few X
vague many X
vague some X
vague numerous X

# Decades in words, as two-digit decades read near the publication date.
decade_word twenties 20
decade_word thirties 30
decade_word forties 40
decade_word fifties 50
decade_word sixties 60
decade_word seventies 70
decade_word eighties 80
decade_word nineties 90
