-- private.db, migration 10: notices for 互动交流 messages (issues 12 and 13).
-- A writer may ask on the message form to be told by e-mail and/or SMS when
-- the message is answered, transferred to another agency or refused; those
-- notices go to the same outbox as an application's, written in the same
-- transaction as the staff action, and name their message here (staff see
-- them on the message's page). Number 9 is left to another change.

ALTER TABLE messages ADD COLUMN notify_email INTEGER NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN notify_sms INTEGER NOT NULL DEFAULT 0;

-- notices.message_id is the mail's Message-ID; the message a notice is about
-- is message_ref (NULL for an application's notice or a digest).
ALTER TABLE notices ADD COLUMN message_ref INTEGER REFERENCES messages(id);
CREATE INDEX notices_message ON notices (message_ref, id) WHERE message_ref IS NOT NULL;
