-- 공유대회 대상 자치구: the districts whose cases may enter a contest (the 2016 contest: the 13 phase-1
-- districts). A contest with no rows here takes cases of every district, as contests did before.
CREATE TABLE contest_eligible_district (
    contest_id    UUID       NOT NULL REFERENCES contest (id),
    district_code VARCHAR(5) NOT NULL,
    PRIMARY KEY (contest_id, district_code)
);

-- 발굴단 게시 할당: the quota and the cadence count a discovery district's publications by month.
CREATE INDEX best_practice_case_district_published_idx
    ON best_practice_case (district_code, published_at) WHERE published_at IS NOT NULL;
