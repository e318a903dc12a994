-- 우수사례: a best-practice case of a district or dong, on its way to publication.
CREATE TABLE best_practice_case (
    id            UUID PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    summary       VARCHAR(4000),
    district_code VARCHAR(5)   NOT NULL,
    dong_code     VARCHAR(10),
    field         VARCHAR(16)  NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL,
    CHECK (dong_code IS NULL OR left(dong_code, 5) = district_code)
);
CREATE INDEX best_practice_case_status_idx ON best_practice_case (status, created_at DESC, id);
CREATE INDEX best_practice_case_district_idx ON best_practice_case (district_code, created_at DESC, id);
