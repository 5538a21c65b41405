extension Policy.Rules {
    /// The rule parameter a `rules` key of `policy.yaml` sets (nil for an unknown key). One map for
    /// every front end: the policy file's reader and the web workspace's policy form.
    public static func parameterKeyPath(_ key: String) -> WritableKeyPath<Policy.Rules, RuleParameter>? {
        switch key {
        case "notice_days": return \.noticeDays
        case "relocation_notice_days": return \.relocationNoticeDays
        case "other_appointee_notice_days": return \.otherAppointeeNoticeDays
        case "moratorium_days": return \.moratoriumDays
        case "moratorium_detail_days": return \.moratoriumDetailDays
        case "probation_days": return \.probationDays
        case "rotation_due_years": return \.rotationDueYears
        case "rotation_overdue_years": return \.rotationOverdueYears
        case "noncareer_agency_cap_pct": return \.noncareerAgencyCapPct
        case "noncareer_small_agency_spaces": return \.noncareerSmallAgencySpaces
        case "noncareer_government_cap_pct": return \.noncareerGovernmentCapPct
        case "limited_emergency_months": return \.limitedEmergencyMonths
        case "limited_term_months": return \.limitedTermMonths
        case "cdp_minimum_days": return \.cdpMinimumDays
        case "detail_approval_days": return \.detailApprovalDays
        default: return nil
        }
    }

    /// The switch a `rules` key of `policy.yaml` sets (nil for an unknown key).
    public static func switchKeyPath(_ key: String) -> WritableKeyPath<Policy.Rules, Bool>? {
        switch key {
        case "allow_transfers": return \.allowTransfers
        case "hold_protected_disclosure": return \.holdProtectedDisclosure
        case "notice_for_transfers": return \.noticeForTransfers
        case "relocate_only_willing": return \.relocateOnlyWilling
        case "waiver_keeps_15_day_notice": return \.waiverKeepsFifteenDayNotice
        case "moratorium_until_inclusive": return \.moratoriumUntilInclusive
        default: return nil
        }
    }
}
