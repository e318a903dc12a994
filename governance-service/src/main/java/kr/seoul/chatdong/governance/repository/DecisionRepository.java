package kr.seoul.chatdong.governance.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.governance.domain.Attendance;
import kr.seoul.chatdong.governance.domain.Decision;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofMeeting(UUID meetingId) {
        return list("meetingId", Sort.ascending("seq"), meetingId);
    }

    /** A meeting's attendance (same repository: both are the record of one meeting). */
    public List<Attendance> attendanceOf(UUID meetingId) {
        return getEntityManager()
                .createQuery("select a from Attendance a where a.key.meetingId = :m", Attendance.class)
                .setParameter("m", meetingId)
                .getResultList();
    }

    public void replaceAttendance(UUID meetingId, List<Attendance> entries) {
        getEntityManager()
                .createQuery("delete from Attendance a where a.key.meetingId = :m")
                .setParameter("m", meetingId)
                .executeUpdate();
        entries.forEach(getEntityManager()::persist);
    }
}
