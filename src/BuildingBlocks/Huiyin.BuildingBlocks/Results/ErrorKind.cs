namespace Huiyin.BuildingBlocks.Results;

/// <summary>The family of an expected failure; it decides the HTTP status of the problem.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
    PreconditionRequired,
    BusinessRule,
    Locked,
}
