#!/usr/bin/env bash
# Loads the synthetic demo dataset through the public API (the same path as real data).
# Every name is invented. Each POST carries a fixed Idempotency-Key, so loading twice creates
# nothing new: the second run gets the first run's resources back.
# usage: PARTYBRANCH_TOKEN=<platform-admin token> load-demo-data.sh <gateway-base-url>
set -euo pipefail
BASE=${1:?usage: PARTYBRANCH_TOKEN=<token> load-demo-data.sh <gateway-base-url>}
TOKEN=${PARTYBRANCH_TOKEN:?set PARTYBRANCH_TOKEN to a platform-admin token (run.sh does)}

post() { # path idempotency-key json -> prints the created id
  local path=$1 key=$2 body=$3 response status
  response=$(curl -sS -w '\n%{http_code}' -X POST "$BASE$path" -H 'Content-Type: application/json' \
    -H "Authorization: Bearer $TOKEN" \
    -H "Idempotency-Key: demo-$key" -H "X-Request-Id: demo-$key" --data "$body")
  status=${response##*$'\n'}
  response=${response%$'\n'*}
  if [ "$status" != 201 ]; then
    echo "demo data: POST $path ($key) answered $status: $response" >&2
    return 1
  fi
  printf '%s' "$response" | sed -n 's/^{"id":"\([0-9a-f-]*\)".*/\1/p'
}

org() { # key name type parent unit
  local parent_json=""
  [ -n "$4" ] && parent_json=",\"parentId\":\"$4\""
  post /api/v1/organizations "org-$1" "{\"name\":\"$2\",\"type\":\"$3\",\"districtCode\":\"320412\",\"unitName\":\"$5\"$parent_json}"
}

citizen_id() { # birth-date gender sequence -> a valid GB 11643 number of an invented person
  local first17 weights=(7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2) checks=(1 0 X 9 8 7 6 5 4 3 2) sum=0 i sequence parity=2
  [ "$2" = MALE ] && parity=1   # the 17th digit is odd for men, even for women
  sequence=$(( $3 * 2 + parity ))
  first17="320412${1//-/}$(printf '%03d' "$sequence")"
  for i in $(seq 0 16); do sum=$(( sum + ${first17:$i:1} * ${weights[$i]} )); done
  echo "$first17${checks[$(( sum % 11 ))]}"
}

member_sequence=0
member() { # key branch name gender birth status since [own-unit] -> prints the member id
  local extra=""
  member_sequence=$((member_sequence + 1))
  [ -n "${8:-}" ] && extra=",\"ownUnit\":\"$8\""
  [ "$6" = FULL ] && extra="$extra,\"joinedOn\":\"$(date -d "$7 -1 year" +%F)\""
  post /api/v1/members "member-$1" "{\"organizationId\":\"$2\",\"fullName\":\"$3\",\"gender\":\"$4\",\"birthDate\":\"$5\",\"citizenId\":\"$(citizen_id "$5" "$4" "$member_sequence")\",\"ethnicity\":\"汉族\",\"politicalStatus\":\"$6\",\"statusSince\":\"$7\"$extra}"
}

retry() { # command...: the roster copy in activities-service may lag members-service by a moment
  local attempt output
  for attempt in $(seq 1 30); do
    if output=$("$@" 2>/dev/null); then
      printf '%s' "$output"
      return 0
    fi
    sleep 1
  done
  echo "demo data: gave up on: $*" >&2
  return 1
}

activity() { # key organisation type title date -> prints the activity id
  retry post /api/v1/activities "activity-$1" "{\"organizationId\":\"$2\",\"type\":\"$3\",\"title\":\"$4\",\"plannedFor\":\"$5\"}"
}

record() { # activity-id json: record a planned activity as held (repeatable: one already held is left alone)
  local response
  response=$(curl -sS -w '\n%{http_code}' -X POST "$BASE/api/v1/activities/$1/record" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" --data "$2")
  case "${response##*$'\n'}" in
    200) return 0 ;;
    409) [[ "$response" == *'/problems/rule-violation/activity-not-planned'* ]] ;;  # other 409s: the roster is catching up
    *) return 1 ;;
  esac
}

committee=$(org committee "示例区教育局党委" ORG_PARTY_COMMITTEE "" "示例区教育局")
primary=$(org primary "青禾实验小学党支部" BRANCH "$committee" "青禾实验小学")
middle_general=$(org middle "明德初级中学党总支" GENERAL_BRANCH "$committee" "明德初级中学")
middle_teachers=$(org middle-teachers "明德初级中学第一党支部" BRANCH "$middle_general" "明德初级中学")
group=$(org primary-group "低年级党小组" PARTY_GROUP "$primary" "青禾实验小学")

secretary=$(member p1 "$primary" "林安然" FEMALE 1978-03-14 FULL 2003-07-01)
teacher=$(member p2 "$primary" "周承宇" MALE 1982-11-02 FULL 2008-06-30)
young_teacher=$(member p3 "$primary" "何静怡" FEMALE 1990-05-21 FULL 2016-12-20)
probationary=$(member p4 "$primary" "许沐阳" MALE 1994-09-09 PROBATIONARY 2026-06-15)
member p5 "$primary" "唐若溪" FEMALE 1996-01-30 CANDIDATE 2026-03-01 >/dev/null
member p6 "$primary" "宋知远" MALE 1998-07-07 ACTIVIST 2025-09-10 >/dev/null
kindergarten=$(member p7 "$primary" "陆晓岚" FEMALE 1985-02-18 FULL 2011-07-01 "青禾幼儿园")
member m1 "$middle_teachers" "韩书博" MALE 1975-10-12 FULL 2000-07-01 >/dev/null
leaving=$(member m2 "$middle_teachers" "沈佳宁" FEMALE 1987-04-25 FULL 2013-07-01)
member m3 "$middle_teachers" "顾明轩" MALE 2000-12-01 APPLICANT 2026-10-08 >/dev/null

# Fewer than seven full members: the primary branch has a secretary only.
post /api/v1/committees committee-primary "{\"branchId\":\"$primary\",\"electedOn\":\"2024-09-10\",\"members\":[{\"memberId\":\"$secretary\",\"posts\":[\"SECRETARY\"]}]}" >/dev/null
post /api/v1/honours honour-secretary "{\"memberId\":\"$secretary\",\"kind\":\"HONOUR\",\"title\":\"优秀共产党员\",\"level\":\"DISTRICT\",\"year\":2025,\"awardedBy\":\"示例区教育局党委\"}" >/dev/null
post /api/v1/honours honour-primary "{\"organizationId\":\"$primary\",\"kind\":\"HONOUR\",\"title\":\"先进基层党组织\",\"level\":\"DISTRICT\",\"year\":2025}" >/dev/null
# A teacher moving to the primary school: issued, waiting for the receiving branch to confirm.
post /api/v1/transfers transfer-m2 "{\"memberId\":\"$leaving\",\"toBranchId\":\"$primary\",\"issuedOn\":\"$(date +%F)\"}" >/dev/null

committee_meeting=$(activity primary-committee "$primary" COMMITTEE_MEETING "研究部署十一月党建工作" 2026-11-05)
activity primary-lecture "$primary" PARTY_LECTURE "学习贯彻党的教育方针" 2026-11-20 >/dev/null
activity primary-group "$group" GROUP_MEETING "低年级组学习交流" 2026-11-12 >/dev/null
activity middle-general "$middle_teachers" GENERAL_MEETING "第四季度党员大会" 2026-12-10 >/dev/null
general_meeting=$(activity primary-general "$primary" GENERAL_MEETING "第三季度党员大会" 2026-09-25)
# Two meetings already held, with attendance (the secretary alone is the committee of this small branch).
retry record "$committee_meeting" "{\"heldOn\":\"2026-11-05\",\"place\":\"党员活动室\",\"hostMemberId\":\"$secretary\",\"attendance\":[{\"memberId\":\"$secretary\",\"status\":\"PRESENT\"}]}" >/dev/null
retry record "$general_meeting" "{\"heldOn\":\"2026-09-25\",\"place\":\"党员活动室\",\"hostMemberId\":\"$secretary\",\"speaker\":\"林安然\",\"documents\":[\"中国共产党支部工作条例（试行）\"],\"attendance\":[{\"memberId\":\"$secretary\",\"status\":\"PRESENT\"},{\"memberId\":\"$teacher\",\"status\":\"PRESENT\"},{\"memberId\":\"$kindergarten\",\"status\":\"EXCUSED\",\"reason\":\"外出培训\"}]}" >/dev/null

# The third quarter of 2026, for the statistics and the work summary: committee meetings every month, one
# lecture, but a theme day in September only and no group meeting (6 of 11 units met).
held_with_members() { # key organisation type title date
  local id
  id=$(activity "$1" "$2" "$3" "$4" "$5")
  retry record "$id" "{\"heldOn\":\"$5\",\"place\":\"党员活动室\",\"hostMemberId\":\"$secretary\",\"attendance\":[{\"memberId\":\"$secretary\",\"status\":\"PRESENT\"},{\"memberId\":\"$teacher\",\"status\":\"PRESENT\"},{\"memberId\":\"$kindergarten\",\"status\":\"ABSENT\"}]}" >/dev/null
}
for month in 07 08 09; do
  meeting=$(activity "primary-committee-2026$month" "$primary" COMMITTEE_MEETING "研究部署${month#0}月党建工作" "2026-$month-08")
  retry record "$meeting" "{\"heldOn\":\"2026-$month-08\",\"place\":\"党员活动室\",\"hostMemberId\":\"$secretary\",\"attendance\":[{\"memberId\":\"$secretary\",\"status\":\"PRESENT\"}]}" >/dev/null
done
held_with_members primary-theme-202609 "$primary" THEME_DAY "“师德师风”主题党日" 2026-09-15
held_with_members primary-lecture-202609 "$primary" PARTY_LECTURE "书记讲党课：弘扬教育家精神" 2026-09-20

# Party dues of the primary branch for January to November 2026: bases (the incomes are invented), the
# bills, and payments that leave the secretary paid up, the teacher five months behind, the young
# teacher paid ahead into 2027 and the kindergarten member six months behind or more (flagged).
dues_base() { # key member category income
  local income=""
  [ -n "$4" ] && income=",\"monthlyIncome\":\"$4\""
  post "/api/v1/members/$2/dues/assessments" "dues-base-$1" "{\"year\":2026,\"category\":\"$3\"$income}" >/dev/null
}
dues_paid() { # key member date amount method
  post "/api/v1/members/$2/dues/payments" "dues-paid-$1" "{\"paidOn\":\"$3\",\"amount\":\"$4\",\"method\":\"$5\"}" >/dev/null
}
dues_base secretary "$secretary" EMPLOYED 8200.00     # 1.5 %: 123.00 a month
dues_base teacher "$teacher" EMPLOYED 6400.00         # 1.5 %: 96.00
dues_base young "$young_teacher" EMPLOYED 4800.00     # 1 %: 48.00
dues_base probationary "$probationary" EMPLOYED 3000.00  # 0.5 % (3,000 included): 15.00
dues_base kindergarten "$kindergarten" EMPLOYED 2600.00  # 0.5 %: 13.00
bills=$(curl -sS -w '\n%{http_code}' -X POST "$BASE/api/v1/organizations/$primary/dues/bills" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $TOKEN" --data '{"fromMonth":"2026-01","toMonth":"2026-11"}')
[ "${bills##*$'\n'}" = 200 ] || { echo "demo data: billing answered ${bills##*$'\n'}: ${bills%$'\n'*}" >&2; exit 1; }
dues_paid secretary-h1 "$secretary" 2026-06-28 738.00 PAYROLL      # January to June
dues_paid secretary-h2 "$secretary" 2026-11-25 615.00 PAYROLL      # July to November
dues_paid teacher "$teacher" 2026-06-20 576.00 WECHAT              # January to June; July to November unpaid
dues_paid young "$young_teacher" 2026-11-10 672.00 BANK_TRANSFER   # the whole year and two months of 2027 ahead
dues_paid probationary "$probationary" 2026-11-10 90.00 CASH       # June (the admission month) to November
dues_paid kindergarten "$kindergarten" 2026-03-05 26.00 CASH       # January and February only

echo "Demo data loaded: bureau committee $committee, branches $primary and $middle_teachers"
