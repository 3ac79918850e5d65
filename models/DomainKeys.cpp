// Text keys of the domain enums, exactly as the database and the platform API store them.
#include "models/Candidate.h"
#include "models/Contact.h"
#include "models/Scenario.h"
#include "models/Vacancy.h"

#include <array>
#include <utility>

namespace bbd {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

// Unknown keys (from a newer server, say) fall back to the first entry.
template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, candidate] : table) {
        if (key == QLatin1String(candidate)) {
            return value;
        }
    }
    return table.front().first;
}

using VS = Vacancy::Status;
constexpr std::array vacancyStatuses{std::pair{VS::Open, "open"}, std::pair{VS::Draft, "draft"},
                                     std::pair{VS::Paused, "paused"},
                                     std::pair{VS::Closed, "closed"}};

using TU = ScenarioStage::TimingUnit;
constexpr std::array timingUnits{std::pair{TU::Day, "day"}, std::pair{TU::Week, "week"},
                                 std::pair{TU::Month, "month"}};

using RC = ScenarioStage::Recurrence;
constexpr std::array recurrences{std::pair{RC::None, "none"}, std::pair{RC::Weekly, "weekly"},
                                 std::pair{RC::Biweekly, "biweekly"}};

using OR = ScenarioStage::OwnerRole;
constexpr std::array ownerRoles{std::pair{OR::HrManager, "hr_manager"},
                                std::pair{OR::Manager, "manager"}, std::pair{OR::Mentor, "mentor"},
                                std::pair{OR::NewHire, "new_hire"}};

using CK = Channel::Kind;
constexpr std::array channelKinds{std::pair{CK::Email, "email"}, std::pair{CK::Slack, "slack"},
                                  std::pair{CK::Phone, "phone"}, std::pair{CK::Meeting, "meeting"},
                                  std::pair{CK::Chatbot, "chatbot"}};

using PK = PipelineStage::Kind;
constexpr std::array pipelineStageKinds{std::pair{PK::Normal, "normal"},
                                        std::pair{PK::Hired, "hired"},
                                        std::pair{PK::Rejected, "rejected"}};

constexpr std::array consents{
    std::pair{Consent::NotAsked, "not_asked"}, std::pair{Consent::Asked, "asked"},
    std::pair{Consent::Given, "given"}, std::pair{Consent::Refused, "refused"}};

using EK = CandidateEvent::Kind;
constexpr std::array eventKinds{std::pair{EK::Note, "note"},
                                std::pair{EK::Created, "created"},
                                std::pair{EK::StageMove, "stage_move"},
                                std::pair{EK::Message, "message"},
                                std::pair{EK::Import, "import"},
                                std::pair{EK::Merge, "merge"},
                                std::pair{EK::Edit, "edit"},
                                std::pair{EK::Attachment, "attachment"}};

} // namespace

QString pipelineStageKindKey(PipelineStage::Kind kind)
{
    return keyOf(pipelineStageKinds, kind);
}
PipelineStage::Kind pipelineStageKindFromKey(const QString &key)
{
    return valueOf(pipelineStageKinds, key);
}
QString consentKey(Consent consent)
{
    return keyOf(consents, consent);
}
Consent consentFromKey(const QString &key)
{
    return valueOf(consents, key);
}
QString candidateEventKindKey(CandidateEvent::Kind kind)
{
    return keyOf(eventKinds, kind);
}
CandidateEvent::Kind candidateEventKindFromKey(const QString &key)
{
    return valueOf(eventKinds, key);
}

QString vacancyStatusKey(Vacancy::Status status)
{
    return keyOf(vacancyStatuses, status);
}
Vacancy::Status vacancyStatusFromKey(const QString &key)
{
    return valueOf(vacancyStatuses, key);
}
QString timingUnitKey(ScenarioStage::TimingUnit unit)
{
    return keyOf(timingUnits, unit);
}
ScenarioStage::TimingUnit timingUnitFromKey(const QString &key)
{
    return valueOf(timingUnits, key);
}
QString recurrenceKey(ScenarioStage::Recurrence recurrence)
{
    return keyOf(recurrences, recurrence);
}
ScenarioStage::Recurrence recurrenceFromKey(const QString &key)
{
    return valueOf(recurrences, key);
}
QString ownerRoleKey(ScenarioStage::OwnerRole role)
{
    return keyOf(ownerRoles, role);
}
ScenarioStage::OwnerRole ownerRoleFromKey(const QString &key)
{
    return valueOf(ownerRoles, key);
}
QString channelKindKey(Channel::Kind kind)
{
    return keyOf(channelKinds, kind);
}
Channel::Kind channelKindFromKey(const QString &key)
{
    return valueOf(channelKinds, key);
}

} // namespace bbd
