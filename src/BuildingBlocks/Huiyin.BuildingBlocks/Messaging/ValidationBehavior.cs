using FluentValidation;
using FluentValidation.Results;
using Huiyin.BuildingBlocks.Localization;
using Huiyin.BuildingBlocks.Results;
using MediatR;

namespace Huiyin.BuildingBlocks.Messaging;

/// <summary>Runs the request's FluentValidation validators; a failure never reaches the handler.</summary>
internal sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!validators.Any())
        {
            return await next();
        }

        var context = new ValidationContext<TRequest>(request);
        var failures = new List<ValidationFailure>();
        foreach (var validator in validators)
        {
            var outcome = await validator.ValidateAsync(context, cancellationToken);
            failures.AddRange(outcome.Errors);
        }

        if (failures.Count == 0)
        {
            return await next();
        }

        if (!FailedResult.CanRepresent(typeof(TResponse)))
        {
            throw new ValidationException(failures);
        }

        var fieldErrors = failures
            .GroupBy(f => FieldNames.ToCamelCasePath(f.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(ToFieldError).DistinctBy(e => e.Message).ToArray());
        return FailedResult.Of<TResponse>(Error.Validation(fieldErrors));
    }

    private static FieldError ToFieldError(ValidationFailure failure) =>
        new(ValidatorCodes.Of(failure.ErrorCode), failure.ErrorMessage, failure.FormattedMessagePlaceholderValues?.ToDictionary(p => p.Key, p => (object?)p.Value));
}
