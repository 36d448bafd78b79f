-- Captcha challenges already checked: the challenge itself travels in a cookie (no server
-- session for a visitor who registers), and its id is kept here until it expires so that a
-- solved image cannot be used twice.
create table captcha_spent (
    id          varchar(32) not null,
    expires_at  timestamptz not null,
    constraint captcha_spent_pk primary key (id)
);
create index captcha_spent_expires_ix on captcha_spent (expires_at);
