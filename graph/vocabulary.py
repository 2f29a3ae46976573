"""The closed vocabularies of the domain model: the labels of nodes and the types of
relationships (the only names ever spliced into Cypher, see `cypher.py`), and every value an
enum field may take (`docs/data-format.md` lists each; a test keeps the two in step).
"""

from __future__ import annotations

from enum import StrEnum


class NodeLabel(StrEnum):
    ORGANISATION = "Organisation"
    MANDATE = "Mandate"
    PROGRAMME = "Programme"
    COUNTRY = "Country"
    THEME = "Theme"
    PERSON = "Person"
    EVENT = "Event"
    DOCUMENT = "Document"
    SOURCE = "Source"
    INDICATOR = "Indicator"
    NAME_RESOLUTION = "NameResolution"
    LOAD = "Load"


class RelType(StrEnum):
    PART_OF = "PART_OF"
    MEMBER_OF = "MEMBER_OF"
    PARTNER_OF = "PARTNER_OF"
    FUNDS = "FUNDS"
    IMPLEMENTS = "IMPLEMENTS"
    TARGETS = "TARGETS"
    ADDRESSES = "ADDRESSES"
    COVERS = "COVERS"
    HOLDS_MANDATE = "HOLDS_MANDATE"
    ISSUED_BY = "ISSUED_BY"
    PARTY_TO = "PARTY_TO"
    HOLDS_ROLE = "HOLDS_ROLE"
    OPERATES_IN = "OPERATES_IN"
    HEADQUARTERED_IN = "HEADQUARTERED_IN"
    SUBTHEME_OF = "SUBTHEME_OF"
    HELD_IN = "HELD_IN"
    ORGANISED_BY = "ORGANISED_BY"
    PARTICIPATED_IN = "PARTICIPATED_IN"
    HAS_INDICATOR = "HAS_INDICATOR"
    RESOLVES_TO = "RESOLVES_TO"
    MENTIONS = "MENTIONS"
    SPOKE_FOR = "SPOKE_FOR"


class Checked(StrEnum):
    """How a record was checked against its sources."""

    SEEN = "seen"
    INFERRED = "inferred"
    DERIVED = "derived"
    INGESTED = "ingested"


class OrgType(StrEnum):
    IGO = "igo"
    IGO_UNIT = "igo_unit"
    FIELD_OPERATION = "field_operation"
    UN_AGENCY = "un_agency"
    UN_MECHANISM = "un_mechanism"
    EU_BODY = "eu_body"
    NATIONAL_AUTHORITY = "national_authority"
    NATIONAL_COORDINATOR = "national_coordinator"
    LAW_ENFORCEMENT = "law_enforcement"
    JUDICIAL = "judicial"
    NGO = "ngo"
    NETWORK = "network"
    DONOR = "donor"
    RESEARCH = "research"
    PRIVATE_SECTOR = "private_sector"
    GOVERNMENT = "government"
    OTHER = "other"


class Scope(StrEnum):
    GLOBAL = "global"
    REGIONAL = "regional"
    NATIONAL = "national"
    LOCAL = "local"


class MandateKind(StrEnum):
    TREATY = "treaty"
    PROTOCOL = "protocol"
    CONVENTION = "convention"
    DECISION = "decision"
    ACTION_PLAN = "action_plan"
    DIRECTIVE = "directive"
    REGULATION = "regulation"
    STRATEGY = "strategy"
    RESOLUTION = "resolution"
    DECLARATION = "declaration"
    RECOMMENDATION = "recommendation"
    OTHER = "other"


class ProgrammeStatus(StrEnum):
    PIPELINE = "pipeline"
    ACTIVE = "active"
    COMPLETED = "completed"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    SUSPENDED = "suspended"
    UNKNOWN = "unknown"


class ProgrammeKind(StrEnum):
    """What sort of work a programme record describes: a multi-year project or one activity."""

    PROJECT = "project"
    GRANT = "grant"
    TRAINING = "training"
    WORKSHOP = "workshop"
    SIMULATION_EXERCISE = "simulation_exercise"
    CAMPAIGN = "campaign"
    CONFERENCE = "conference"
    MEETING = "meeting"
    EVALUATION_VISIT = "evaluation_visit"
    COUNTRY_VISIT = "country_visit"
    LEGAL_SUPPORT = "legal_support"
    POLICY_SUPPORT = "policy_support"
    REFERRAL_SUPPORT = "referral_support"
    RESEARCH = "research"
    ASSISTANCE_SERVICE = "assistance_service"
    OTHER = "other"


class EventKind(StrEnum):
    MEETING = "meeting"
    CONFERENCE = "conference"
    MINISTERIAL_COUNCIL = "ministerial_council"
    TRAINING = "training"
    CAMPAIGN = "campaign"
    OTHER = "other"


class SourceKind(StrEnum):
    WEB_PAGE = "web_page"
    DOCUMENT = "document"
    DATASET = "dataset"
    TREATY_TEXT = "treaty_text"
    PRESS_RELEASE = "press_release"


# --- roles and kinds of relationships (relations.py) ---------------------------------------


class MembershipRole(StrEnum):
    PARTICIPATING_STATE = "participating_state"
    PARTNER_FOR_COOPERATION = "partner_for_cooperation"
    MEMBER_STATE = "member_state"
    MEMBER = "member"
    OBSERVER = "observer"
    ASSOCIATE = "associate"


class PartnershipKind(StrEnum):
    ALLIANCE_PARTNER = "alliance_partner"
    AGREEMENT = "agreement"
    MOU = "mou"
    JOINT_PROGRAMME = "joint_programme"
    COOPERATION = "cooperation"
    JOINT_STATEMENT = "joint_statement"


class ImplementationRole(StrEnum):
    LEAD = "lead"
    IMPLEMENTING = "implementing"
    SUBGRANTEE = "subgrantee"
    ACCOUNTABLE = "accountable"
    EXTENDING = "extending"
    PARTNER = "partner"


class MandateRole(StrEnum):
    ESTABLISHED_BY = "established_by"
    MONITORS = "monitors"
    IMPLEMENTS = "implements"
    BOUND_BY = "bound_by"
    CUSTODIAN = "custodian"


class TreatyAction(StrEnum):
    RATIFICATION = "ratification"
    ACCESSION = "accession"
    ACCEPTANCE = "acceptance"
    APPROVAL = "approval"
    SUCCESSION = "succession"


class PresenceKind(StrEnum):
    FIELD_OFFICE = "field_office"
    NATIONAL_BODY = "national_body"
    COUNTRY_OFFICE = "country_office"
    OPERATIONS = "operations"


class ParticipationRole(StrEnum):
    ORGANISER = "organiser"
    SPEAKER = "speaker"
    PARTICIPANT = "participant"
    SIGNATORY = "signatory"
