-- A trainee's record is linked to the person's sign-in account (the token's account name, Keycloak's
-- preferred_username): the trainee checks in and answers evaluations as that account. One record per account.
ALTER TABLE trainee ADD COLUMN account varchar(255);
CREATE UNIQUE INDEX trainee_account_key ON trainee (account) WHERE account IS NOT NULL;
