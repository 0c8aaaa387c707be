package io.partybranch.members.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.partybranch.members.domain.Education;
import io.partybranch.members.domain.Gender;
import io.partybranch.members.domain.MembershipState;
import io.partybranch.members.domain.PoliticalStatus;
import io.partybranch.members.model.MemberRequest;
import io.partybranch.members.repository.Member;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 党员花名册 columns: headers as hand-made rosters write them, typed cells, the export's text. */
class RosterColumnTest {

    @Test
    void headersAreFoundDespiteTheSpacingAndMarksOfHandMadeRosters() {
        assertEquals(RosterColumn.FULL_NAME, RosterColumn.byHeader("姓名"));
        assertEquals(RosterColumn.FULL_NAME, RosterColumn.byHeader("姓  名"));
        assertEquals(RosterColumn.FULL_NAME, RosterColumn.byHeader("*姓名"));
        assertEquals(RosterColumn.FULL_NAME, RosterColumn.byHeader("＊姓\u3000名"));
        assertEquals(RosterColumn.GENDER, RosterColumn.byHeader("性别(男/女)"));
        assertEquals(RosterColumn.GENDER, RosterColumn.byHeader("性别（男/女）"));
        assertEquals(RosterColumn.JOB_TITLE, RosterColumn.byHeader("职务/岗位"));
        assertNull(RosterColumn.byHeader("备注"));
        assertNull(RosterColumn.byHeader("姓名备注"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985-04-12", "1985-4-12", "1985/04/12", "1985.4.12", "1985年4月12日", "1985 年 4 月 12 日", "1985年4月12"})
    void datesAreReadInTheFormsPeopleType(String text) {
        assertEquals(LocalDate.of(1985, 4, 12), RosterColumn.BIRTH_DATE.parse(text));
    }

    @Test
    void aDateThatIsNoDayOrNoDateSaysWhichWithoutEchoingTheCell() {
        IllegalArgumentException noDay = assertThrows(IllegalArgumentException.class, () -> RosterColumn.BIRTH_DATE.parse("1985-02-30"));
        assertEquals("is not a calendar date", noDay.getMessage());
        IllegalArgumentException noDate = assertThrows(IllegalArgumentException.class, () -> RosterColumn.JOINED_ON.parse("去年七月"));
        assertEquals("must be a date as yyyy-MM-dd", noDate.getMessage());
    }

    @Test
    void choicesAreReadByTheirChineseLabelOrTheirName() {
        assertEquals(Gender.MALE, RosterColumn.GENDER.parse("男"));
        assertEquals(Gender.FEMALE, RosterColumn.GENDER.parse("female"));
        assertEquals(PoliticalStatus.PROBATIONARY, RosterColumn.POLITICAL_STATUS.parse("预备党员"));
        assertEquals(Education.BACHELOR, RosterColumn.EDUCATION.parse("大学本科"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> RosterColumn.GENDER.parse("其他"));
        assertEquals("must be one of " + String.join("、", RosterColumn.GENDER.labels()), unknown.getMessage());
        assertEquals(List.of(), RosterColumn.FULL_NAME.labels());
        assertEquals(Arrays.stream(PoliticalStatus.values()).map(PoliticalStatus::label).toList(), RosterColumn.POLITICAL_STATUS.labels());
    }

    @Test
    void textIsTakenAsItIs() {
        assertEquals("王晓明", RosterColumn.FULL_NAME.parse("王晓明"));
        assertEquals(RosterColumn.Kind.TEXT, RosterColumn.CITIZEN_ID.kind());
    }

    @Test
    void theHeadersAreTheRostersChineseColumnNames() {
        assertEquals(List.of("姓名", "性别", "民族", "出生日期", "身份证号", "学历", "职务/岗位", "联系电话", "党员类别", "当前类别起始日期",
                "入党申请日期", "确定积极分子日期", "确定发展对象日期", "入党日期", "所属单位", "党员责任区"),
                Arrays.stream(RosterColumn.values()).map(RosterColumn::header).toList());
    }

    @Test
    void theColumnsAreTheImportableFieldsWithTheRequiredOnesMarked() {
        assertEquals(List.of("fullName", "gender", "birthDate", "citizenId", "politicalStatus", "statusSince"),
                Arrays.stream(RosterColumn.values()).filter(RosterColumn::required).map(RosterColumn::property).toList());
        for (RosterColumn column : RosterColumn.values()) {
            assertEquals(true, column.width() >= column.header().length() * 2, column + " is wide enough for its header");
        }
    }

    @Test
    void aRowBecomesARegistrationInTheBranchWithAbsentColumnsLeftEmpty() {
        UUID branch = UUID.randomUUID();
        Map<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
        values.put(RosterColumn.FULL_NAME, "王晓明");
        values.put(RosterColumn.GENDER, Gender.MALE);
        values.put(RosterColumn.ETHNICITY, "汉族");
        values.put(RosterColumn.BIRTH_DATE, LocalDate.of(1985, 4, 12));
        values.put(RosterColumn.CITIZEN_ID, "320412198504120013");
        values.put(RosterColumn.EDUCATION, Education.BACHELOR);
        values.put(RosterColumn.JOB_TITLE, "语文教师");
        values.put(RosterColumn.PHONE, "13800000000");
        values.put(RosterColumn.POLITICAL_STATUS, PoliticalStatus.FULL);
        values.put(RosterColumn.STATUS_SINCE, LocalDate.of(2009, 7, 1));
        values.put(RosterColumn.APPLIED_ON, LocalDate.of(2005, 3, 1));
        values.put(RosterColumn.ACTIVIST_SINCE, LocalDate.of(2006, 3, 1));
        values.put(RosterColumn.CANDIDATE_SINCE, LocalDate.of(2007, 3, 1));
        values.put(RosterColumn.JOINED_ON, LocalDate.of(2008, 6, 30));
        values.put(RosterColumn.OWN_UNIT, "实验幼儿园");
        values.put(RosterColumn.RESPONSIBILITY_ZONE, "三年级组");
        assertEquals(new MemberRequest(branch, "王晓明", Gender.MALE, "汉族", LocalDate.of(1985, 4, 12), "320412198504120013",
                Education.BACHELOR, "语文教师", "13800000000", PoliticalStatus.FULL, LocalDate.of(2009, 7, 1), LocalDate.of(2005, 3, 1),
                LocalDate.of(2006, 3, 1), LocalDate.of(2007, 3, 1), LocalDate.of(2008, 6, 30), "实验幼儿园", "三年级组", null),
                RosterColumn.toRequest(branch, values));
        MemberRequest sparse = RosterColumn.toRequest(branch, Map.of(RosterColumn.FULL_NAME, "张伟"));
        assertEquals("张伟", sparse.fullName());
        assertNull(sparse.citizenId());
        assertNull(sparse.politicalStatus());
    }

    @Test
    void theExportWritesLabelsAndDatesAndMasksTheNumberUnlessRevealed() {
        Member member = new Member();
        member.fullName = "王晓明";
        member.gender = Gender.MALE;
        member.ethnicity = "汉族";
        member.birthDate = LocalDate.of(1985, 4, 12);
        member.education = Education.BACHELOR;
        member.jobTitle = "语文教师";
        member.phone = "13800001234";
        member.politicalStatus = PoliticalStatus.FULL;
        member.statusSince = LocalDate.of(2009, 7, 1);
        member.appliedOn = LocalDate.of(2005, 3, 1);
        member.activistSince = LocalDate.of(2006, 3, 1);
        member.candidateSince = LocalDate.of(2007, 3, 1);
        member.joinedOn = LocalDate.of(2008, 6, 30);
        member.ownUnit = "实验幼儿园";
        member.responsibilityZone = "三年级组";
        member.membershipState = MembershipState.NORMAL;
        String id = "320412198504120013";
        Map<RosterColumn, String> expected = new EnumMap<>(RosterColumn.class);
        expected.put(RosterColumn.FULL_NAME, "王晓明");
        expected.put(RosterColumn.GENDER, "男");
        expected.put(RosterColumn.ETHNICITY, "汉族");
        expected.put(RosterColumn.BIRTH_DATE, "1985");
        expected.put(RosterColumn.CITIZEN_ID, "****************13");
        expected.put(RosterColumn.EDUCATION, "大学本科");
        expected.put(RosterColumn.JOB_TITLE, "语文教师");
        expected.put(RosterColumn.PHONE, "138****1234");
        expected.put(RosterColumn.POLITICAL_STATUS, "正式党员");
        expected.put(RosterColumn.STATUS_SINCE, "2009-07-01");
        expected.put(RosterColumn.APPLIED_ON, "2005-03-01");
        expected.put(RosterColumn.ACTIVIST_SINCE, "2006-03-01");
        expected.put(RosterColumn.CANDIDATE_SINCE, "2007-03-01");
        expected.put(RosterColumn.JOINED_ON, "2008-06-30");
        expected.put(RosterColumn.OWN_UNIT, "实验幼儿园");
        expected.put(RosterColumn.RESPONSIBILITY_ZONE, "三年级组");
        for (RosterColumn column : RosterColumn.values()) {
            assertEquals(expected.get(column), column.exportText(member, id, false), column.toString());
        }
        assertEquals(id, RosterColumn.CITIZEN_ID.exportText(member, id, true));

        member.education = null;
        member.ownUnit = null;
        assertNull(RosterColumn.EDUCATION.exportText(member, id, false));
        assertNull(RosterColumn.OWN_UNIT.exportText(member, id, false));
    }
}
