-- Satisfaction rating (đánh giá mức độ hài lòng) of a returned or overdue dossier: the questions
-- the administrator keeps, one rating per dossier, one answer per question.

-- A question of the survey. A question some rating answered is retired, never deleted (the
-- answers' foreign key refuses the delete), so that past figures keep their question.
create table rating_criterion (
    id          uuid          not null,
    question    varchar(300)  not null,
    scale       varchar(20)   not null,
    position    integer       not null,
    retired_at  timestamptz,
    version     bigint        not null default 0,
    constraint rating_criterion_pk primary key (id),
    constraint rating_criterion_scale_ck check (scale in ('SATISFACTION', 'CONTACT_COUNT')),
    constraint rating_criterion_question_ck check (length(btrim(question)) > 0)
);

-- The default survey of the national portal: the overall service, the online service's
-- convenience, on time, the officers' attitude, and how many times the person had to come back.
insert into rating_criterion (id, question, scale, position) values
    ('01937a00-0000-7000-8000-000000000001', 'Mức độ hài lòng chung về dịch vụ', 'SATISFACTION', 1),
    ('01937a00-0000-7000-8000-000000000002', 'Sự thuận tiện khi thực hiện dịch vụ công trực tuyến', 'SATISFACTION', 2),
    ('01937a00-0000-7000-8000-000000000003', 'Hồ sơ được giải quyết đúng hẹn', 'SATISFACTION', 3),
    ('01937a00-0000-7000-8000-000000000004', 'Thái độ của cán bộ (hướng dẫn tận tình, không gây phiền hà, sách nhiễu)', 'SATISFACTION', 4),
    ('01937a00-0000-7000-8000-000000000005', 'Số lần phải đi lại, liên hệ để hoàn thành hồ sơ', 'CONTACT_COUNT', 5);

-- One rating per dossier, ever (the unique constraint: two posts at once cannot make two). The
-- dossier's agency and procedure are copied so that figures are grouped without the dossier
-- module's tables; given_at is when it was first given (it may be changed for a while after).
create table rating (
    id                uuid           not null,
    dossier_id        uuid           not null,
    dossier_code      varchar(64)    not null,
    agency_id         uuid,
    agency_name       varchar(500)   not null,
    procedure_code    varchar(100)   not null,
    procedure_name    varchar(1000)  not null,
    applicant_id      uuid,
    given_at          timestamptz    not null,
    changed_at        timestamptz    not null,
    recorded_by       uuid           not null,
    recorded_by_name  varchar(255)   not null,
    on_behalf         boolean        not null,
    comment           varchar(1000),
    version           bigint         not null default 0,
    constraint rating_pk primary key (id),
    constraint rating_dossier_uk unique (dossier_id),
    constraint rating_dossier_fk foreign key (dossier_id) references dossier (id),
    constraint rating_changed_ck check (changed_at >= given_at)
);
create index rating_given_at_ix on rating (given_at);

create table rating_answer (
    rating_id     uuid         not null,
    criterion_id  uuid         not null,
    answer        varchar(30)  not null,
    constraint rating_answer_pk primary key (rating_id, criterion_id),
    constraint rating_answer_rating_fk foreign key (rating_id) references rating (id) on delete cascade,
    constraint rating_answer_criterion_fk foreign key (criterion_id) references rating_criterion (id),
    constraint rating_answer_ck check (answer in ('VERY_SATISFIED', 'SATISFIED', 'NEUTRAL', 'DISSATISFIED',
        'VERY_DISSATISFIED', 'CONTACTS_NONE', 'CONTACTS_ONCE', 'CONTACTS_TWICE_OR_MORE'))
);
create index rating_answer_criterion_ix on rating_answer (criterion_id);
