package kr.seoul.chatdong.monitoring.query;

import java.util.Map;

import kr.seoul.chatdong.language.Field;

/** One dong of a round's scope: its score in each field (absent while not assessed) and their mean. */
public record DongRoundScores(String dongCode, Map<Field, Integer> scores, Double mean) {}
