-- Whether coaches and referrers must use a second factor (settings module). Null: the configured
-- default (waakvlam.mfa.coaches-and-referrers, itself true unless set otherwise).
alter table programme_setting add column second_factor_coaches_referrers boolean;
