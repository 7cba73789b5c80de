/**
 * Stable error codes carried in every problem+json response (`code`).
 * The web translates these; the API's `detail` is the English fallback.
 */
export const ProblemCode = {
  ValidationFailed: 'validation_failed',
  /** The request could not be read at all: malformed JSON, a broken encoding, a bad address. */
  MalformedRequest: 'malformed_request',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  /** A uniqueness rule of the database said no, where no more specific code applies. */
  AlreadyExists: 'already_exists',
  /** The request names a record that does not exist (a foreign key said no). */
  ReferencedRecordMissing: 'referenced_record_missing',
  NotFound: 'not_found',
  UnknownTenant: 'unknown_tenant',
  OrgUnitNotFound: 'org_unit_not_found',
  OrgUnitCycle: 'org_unit_cycle',
  OrgUnitArchived: 'org_unit_archived',
  OrgUnitHasActiveChildren: 'org_unit_has_active_children',
  OrgUnitHasEmployments: 'org_unit_has_employments',
  OrgUnitCodeTaken: 'org_unit_code_taken',
  OrgRootImmutable: 'org_root_immutable',
  PersonNotFound: 'person_not_found',
  PersonEmailTaken: 'person_email_taken',
  EmploymentNotFound: 'employment_not_found',
  EmploymentOverlap: 'employment_overlap',
  EmploymentEndsBeforeStart: 'employment_ends_before_start',
  EmploymentAlreadyEnded: 'employment_already_ended',
  NoCurrentEmployment: 'no_current_employment',
  NotSignedIn: 'not_signed_in',
  Forbidden: 'forbidden',
  OutsideScope: 'outside_scope',
  CsrfInvalid: 'csrf_invalid',
  TooManyRequests: 'too_many_requests',
  SignInFailed: 'sign_in_failed',
  SignInNotConfigured: 'sign_in_not_configured',
  UnknownEmailDomain: 'unknown_email_domain',
  TokenNotFound: 'token_not_found',
  RoleGrantNotFound: 'role_grant_not_found',
  ClaimMappingNotFound: 'claim_mapping_not_found',
  ModuleNotFound: 'module_not_found',
  ModuleVersionNotFound: 'module_version_not_found',
  /** A published version is never changed; edit a new draft instead. */
  VersionPublishedImmutable: 'version_published_immutable',
  /** Someone else saved the draft since it was opened here. */
  DraftChangedElsewhere: 'draft_changed_elsewhere',
  NoDraft: 'no_draft',
  DraftAlreadyOpen: 'draft_already_open',
  ModuleNotShared: 'module_not_shared',
  VideoHostNotAllowed: 'video_host_not_allowed',
  UploadTypeNotAllowed: 'upload_type_not_allowed',
  UploadTooLarge: 'upload_too_large',
  MediaNotFound: 'media_not_found',
  AttemptNotFound: 'attempt_not_found',
  QuizAlreadyPassed: 'quiz_already_passed',
  QuizTriesUsed: 'quiz_tries_used',
  CertificateNotFound: 'certificate_not_found',
  /** A module archive to import has problems, each listed in `errors` with its place. */
  ArchiveInvalid: 'archive_invalid',
  RuleNotFound: 'rule_not_found',
  /** An HR-system file that is not a readable CSV or XLSX with a header row and employees. */
  ImportFileUnreadable: 'import_file_unreadable',
  /** A column of the file looks like personal identity numbers, which Lärnav never takes. */
  IdentityNumberRefused: 'identity_number_refused',
  /** The column mapping leaves out a required field, or names a column the file does not have. */
  ImportMappingInvalid: 'import_mapping_invalid',
  ImportNotFound: 'import_not_found',
  /** The import was applied already, is being applied, or must be planned again first. */
  ImportNotPlanned: 'import_not_planned',
  LiveSessionNotFound: 'live_session_not_found',
  /** The session was cancelled: it stays visible, but nothing more can be booked or changed. */
  LiveSessionCancelled: 'live_session_cancelled',
  /** A local time that does not exist (the hour skipped when summer time starts), or an end before the start. */
  LiveSessionTimesInvalid: 'live_session_times_invalid',
  BookingNotFound: 'booking_not_found',
  /** The person already holds a booking or a waitlist place on this session. */
  AlreadyBooked: 'already_booked',
  /** The booking deadline has passed. */
  BookingClosed: 'booking_closed',
  /** The cancellation deadline has passed: the trainer can still cancel the booking. */
  CancellationClosed: 'cancellation_closed',
  /** The session is open only to some org units, and the person works in none of them. */
  BookingNotOpenToUnit: 'booking_not_open_to_unit',
  /** The session needs a manager's approval (kept for older clients; booking now asks the manager). */
  BookingNeedsApproval: 'booking_needs_approval',
  /** The session needs a manager's approval and Lärnav knows no manager for the person. */
  NoManagerForApproval: 'no_manager_for_approval',
  /** The booking is not waiting for this manager's approval (decided already, or another's). */
  ApprovalNotPending: 'approval_not_pending',
  /** The person is not in the asking manager's team (or does not exist): a 404, so nothing is learnt. */
  TeamMemberNotFound: 'team_member_not_found',
  /** The person is neither overdue nor near the due date without having started: nothing to remind of. */
  ReminderNotNeeded: 'reminder_not_needed',
  /** A reminder about this module already went to the person today. */
  ReminderAlreadySent: 'reminder_already_sent',
  /** An uploaded attendance report could not be read (not a Teams report, no participants section). */
  AttendanceReportInvalid: 'attendance_report_invalid',
  Internal: 'internal_error',
} as const;
export type ProblemCode = (typeof ProblemCode)[keyof typeof ProblemCode];

/** RFC 9457 problem details as Lärnav sends them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  /** Field-level messages for validation failures. */
  errors?: { field: string; message: string }[];
}
