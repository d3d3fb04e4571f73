// Publication dates as metadata spells them: ISO 8601 dates and date-times with offsets
// ("2023-09-19T08:30:00+03:00"), RFC 822 dates from feeds ("Tue, 19 Sep 2023 08:30:00 GMT"),
// and the forms sites print ("September 19, 2023", "19 Sept. 2023"). The calendar day is
// the one the writer saw: the local date before any offset, since that is what "today"
// meant in the text.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>

namespace annals::formats {

struct DateParse {
  std::optional<date::sys_days> day;
  std::string error;  // set when day is empty: "impossible date 2023-02-30", "not a date"
};

DateParse parse_date_string(std::string_view text);

}  // namespace annals::formats
