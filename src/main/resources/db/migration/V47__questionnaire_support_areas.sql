-- A question with more than one answer (MULTI: the chosen answers' positions as bits of "choice"),
-- for the external monitor's "support areas" figure: what the lifecoach helps the client with.

alter table questionnaire_question drop constraint ck_questionnaire_question_kind;
alter table questionnaire_question add constraint ck_questionnaire_question_kind
    check (kind in ('SCORE', 'CHOICE', 'MULTI', 'PERCENT', 'TEXT'));
alter table questionnaire_question drop constraint ck_questionnaire_question_choices;
alter table questionnaire_question add constraint ck_questionnaire_question_choices
    check ((kind in ('CHOICE', 'MULTI')) = (choices_nl is not null and choices_en is not null));

insert into questionnaire_question (audience, code, kind, theme, text_nl, text_en, choices_nl, choices_en, sort_order)
values ('CLIENT', 'SUPPORT_AREAS', 'MULTI', 'SELF_RELIANCE', 'Waarbij helpt de lifecoach je? Kies alles wat klopt.',
        'What does the lifecoach help you with? Choose everything that fits.',
        'Een luisterend oor|Mijn eigen gedrag|Gezondheid|Werk|School of opleiding|Contact met instanties|Contact met anderen',
        'A listening ear|My own behaviour|Health|Work|School or training|Contact with agencies|Contact with others', 65);
