package kr.seoul.chatdong.monitoring.query;

import java.util.List;

import kr.seoul.chatdong.language.geo.Dong;

/** A dong and the rounds it was monitored in, oldest first. */
public record DongScores(Dong dong, List<DongTrendPoint> rounds) {}
