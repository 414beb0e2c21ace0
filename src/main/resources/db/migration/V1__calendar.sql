-- Calendar data entered by administrators through the API; the shipped years live in processes/calendar.
create table motcua_calendar_year (
    calendar_year integer primary key,
    legal_source  varchar(500),
    updated_by    varchar(64)  not null,
    updated_at    timestamp    not null
);

create table motcua_calendar_day (
    day_date     date primary key,
    kind         varchar(32)  not null,
    reason       varchar(500) not null,
    legal_source varchar(500),
    confirmed    boolean      not null,
    created_by   varchar(64)  not null,
    created_at   timestamp    not null
);
