package kr.seoul.chatdong.governance.service;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.quarkus.runtime.StartupEvent;

import kr.seoul.chatdong.governance.domain.AgendaRouting;
import kr.seoul.chatdong.governance.domain.Council;
import kr.seoul.chatdong.governance.domain.CouncilKind;
import kr.seoul.chatdong.governance.domain.CouncilMember;
import kr.seoul.chatdong.governance.domain.Meeting;
import kr.seoul.chatdong.governance.domain.MeetingSeries;
import kr.seoul.chatdong.governance.domain.Position;
import kr.seoul.chatdong.governance.domain.Sector;
import kr.seoul.chatdong.governance.domain.StaffMember;
import kr.seoul.chatdong.governance.domain.SupportTeam;
import kr.seoul.chatdong.governance.repository.AgendaRoutingRepository;
import kr.seoul.chatdong.governance.repository.CouncilMemberRepository;
import kr.seoul.chatdong.governance.repository.CouncilRepository;
import kr.seoul.chatdong.governance.repository.MeetingSeriesRepository;
import kr.seoul.chatdong.governance.repository.SupportTeamRepository;

/**
 * The bodies the 2016 plan names, created at first start (and found by their seed key after): the
 * metropolitan council, the task force, the education planning committee with five sub-committees,
 * the advisory committee, the city's 시 추진단 (its two departments as members: the plan names no
 * person) and 운영위원회, which receives derived agenda items by default, and the 2015 district support
 * teams (seed/support-teams-2015.csv), and the 추진지원단 연석회의 their monthly meetings go through, with
 * its 2016 meetings (a series, Feb–Dec). Other bodies' members
 * are left empty: the plan names none.
 */
@ApplicationScoped
public class SeededBodies {

    @Inject
    CouncilRepository councils;

    @Inject
    SupportTeamRepository teams;

    @Inject
    CouncilMemberRepository members;

    @Inject
    AgendaRoutingRepository routings;

    @Inject
    MeetingSeriesRepository series;

    @Inject
    MeetingSeriesService meetingSeries;

    @Inject
    Clock clock;

    static final String NETWORK_RULE_2016 = "FREQ=MONTHLY;BYDAY=2WE;UNTIL=20161231T235959Z";

    @Transactional
    void seed(@Observes StartupEvent start) {
        body(
                "metropolitan",
                "광역 민관협력 협의체",
                CouncilKind.METROPOLITAN,
                null,
                null,
                "복지기관 협회·단체가 참여하는 광역단위 민관협력 협의체 (정기·임시회의)");
        body("task-force", "민관협력 활성화 T/F", CouncilKind.TASK_FORCE, null, null, "의제별 민관협력 T/F ('15년 3회 회의, 16명)");
        Council education = body(
                "education-planning",
                "교육기획위원회",
                CouncilKind.EDUCATION_PLANNING,
                null,
                null,
                "과목별(공통·직무·리더십) 학계·현장 전문가 ('15년 5개 분과, 20명, 회의 25회)");
        for (int i = 1; i <= 5; i++) {
            body(
                    "education-planning-" + i,
                    "교육기획위원회 제" + i + "분과",
                    CouncilKind.EDUCATION_PLANNING,
                    null,
                    education,
                    null);
        }
        body("advisory", "자문위원회", CouncilKind.ADVISORY, null, null, "복지·교육 등 학계 전문가 자문위원회");
        Council taskforce = body(
                "city-taskforce",
                "서울시 찾아가는 동주민센터 추진단",
                CouncilKind.CITY_TASKFORCE,
                null,
                null,
                "시 추진단: 자치행정과·복지정책과 (사업 추진 의견수렴, 홍보·콘텐츠)");
        if (members.count("councilId", taskforce.id()) == 0) {
            for (String department : List.of("자치행정과", "복지정책과")) {
                members.persist(CouncilMember.appoint(
                        taskforce,
                        department + " 담당자",
                        "서울특별시 " + department,
                        Sector.PUBLIC,
                        Position.MEMBER,
                        LocalDate.of(2016, 1, 1),
                        null,
                        clock.instant()));
            }
        }
        Council steering = body(
                "steering-committee",
                "운영위원회",
                CouncilKind.STEERING_COMMITTEE,
                null,
                null,
                "찾아가는 동주민센터 운영위원회: 모니터링·평가 결과 보고, 매뉴얼 최종 승인 (연석회의와 함께)");
        Council network = body(
                SupportTeamService.NETWORK_KEY,
                "추진지원단 연석회의",
                CouncilKind.SUPPORT_TEAM_NETWORK,
                null,
                null,
                "자치구 추진지원단 월 단위 정기 간담회 (2~12월): 17개 자치구 추진지원단이 함께");
        if (series.count("councilId", network.id()) == 0) {
            networkMeetings2016(network);
        }
        for (AgendaRouting.Source source : AgendaRouting.Source.values()) {
            if (routings.findByIdOptional(source).isEmpty()) {
                routings.persist(AgendaRouting.to(source, steering, clock.instant()));
            }
        }
        if (teams.count() == 0) {
            supportTeams(network);
        }
    }

    /** The 연석회의's monthly meetings of 2016: Feb–Dec, the 2nd Wednesday at 14:00 (11 meetings). */
    private void networkMeetings2016(Council network) {
        var request = new GovernanceCommands.ScheduleMeetingSeries(
                network.id(),
                "2016년 추진지원단 연석회의",
                Meeting.Kind.REGULAR,
                NETWORK_RULE_2016,
                OffsetDateTime.parse("2016-02-10T14:00:00+09:00").toInstant(),
                120,
                null,
                null);
        meetingSeries.schedule(
                network, request, MeetingSeries.occurrences(request.rrule(), request.scheduledAt()), clock.instant());
    }

    private Council body(
            String key, String name, CouncilKind kind, String districtCode, Council parent, String description) {
        Council existing = councils.find("seedKey", key).firstResult();
        if (existing != null) {
            return existing;
        }
        Council council = Council.establish(name, kind, districtCode, null, description, clock.instant());
        council.constitute(parent, null, null, null, null);
        council.seededAs(key);
        councils.persist(council);
        return council;
    }

    /** The 2015 teams, whose monthly meetings go through the 연석회의 like every team's. */
    private void supportTeams(Council network) {
        try (Reader in = new InputStreamReader(
                getClass().getResourceAsStream("/seed/support-teams-2015.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                String district = row.get("districtCode");
                String ended = row.get("endedOn");
                teams.persist(SupportTeam.of(
                        district,
                        SupportTeam.Model.valueOf(row.get("model")),
                        row.get("operator"),
                        staff(row.get("staff")),
                        LocalDate.parse(row.get("startedOn")),
                        ended.isBlank() ? null : LocalDate.parse(ended),
                        network,
                        clock.instant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("seed/support-teams-2015.csv", e);
        }
    }

    /** The seed's {@code staff} column: roles separated by ';' (names, where known, after ':'), e.g. {@code LEAD;VILLAGE;WELFARE}. */
    private static List<StaffMember> staff(String column) {
        return column.isBlank()
                ? List.of()
                : Arrays.stream(column.split(";"))
                        .map(String::strip)
                        .map(entry -> {
                            int colon = entry.indexOf(':');
                            return colon < 0
                                    ? new StaffMember(SupportTeam.StaffRole.valueOf(entry), null)
                                    : new StaffMember(
                                            SupportTeam.StaffRole.valueOf(
                                                    entry.substring(0, colon).strip()),
                                            entry.substring(colon + 1));
                        })
                        .toList();
    }
}
