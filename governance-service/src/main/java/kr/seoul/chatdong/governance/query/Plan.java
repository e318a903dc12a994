package kr.seoul.chatdong.governance.query;

import kr.seoul.chatdong.governance.domain.AnnualPlan;
import kr.seoul.chatdong.governance.domain.PlanContent;

/** A year's plan as stored (year, version, last change) and what it says. */
public record Plan(AnnualPlan stored, PlanContent content) {}
