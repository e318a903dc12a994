-- 협의체·위원회: councils and committees of the program's public–private governance.
CREATE TABLE council (
    id             UUID PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    district_code  VARCHAR(5),
    established_on DATE,
    description    VARCHAR(2000),
    created_at     TIMESTAMPTZ  NOT NULL,
    version        BIGINT       NOT NULL,
    CHECK ((kind IN ('DISTRICT', 'DISTRICT_SUPPORT_TEAM')) = (district_code IS NOT NULL))
);
CREATE INDEX council_kind_idx ON council (kind, district_code, name, id);
CREATE INDEX council_district_idx ON council (district_code, name, id);
