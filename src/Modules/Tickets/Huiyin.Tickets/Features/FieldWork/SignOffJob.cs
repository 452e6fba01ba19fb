using FluentValidation;
using Huiyin.BuildingBlocks.Http;
using Huiyin.BuildingBlocks.Messaging;
using Huiyin.BuildingBlocks.Results;
using Huiyin.Tickets.Domain;
using Huiyin.Tickets.Features.Shared;
using Huiyin.Tickets.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Huiyin.Tickets.Features.FieldWork;

/// <summary>
/// The customer, present, checks the fix and signs on the phone: their name, the signature as a base64 PNG
/// (a <c>data:image/png;base64,</c> prefix is accepted), satisfied or not, and a comment.
/// </summary>
internal sealed record SignOffJob(Guid TicketId, string CustomerName, string Signature, bool? Satisfied, string? Comment) : ICommand<Result<SignOffResponse>>
{
    private const string DataUrlPrefix = "data:image/png;base64,";

    /// <summary>The signature's bytes, or null when it is not base64.</summary>
    public byte[]? SignatureImage()
    {
        var text = Signature.StartsWith(DataUrlPrefix, StringComparison.OrdinalIgnoreCase) ? Signature[DataUrlPrefix.Length..] : Signature;
        var bytes = new byte[text.Length * 3 / 4];
        return Convert.TryFromBase64String(text, bytes, out var written) ? bytes[..written] : null;
    }
}

internal sealed record SignOffBody(string CustomerName, string Signature, bool? Satisfied = null, string? Comment = null);

internal sealed class SignOffJobValidator : AbstractValidator<SignOffJob>
{
    public const int MaxSignatureBytes = 512 * 1024;

    public SignOffJobValidator()
    {
        RuleFor(x => x.CustomerName).IsText(100);
        RuleFor(x => x.Signature).NotEmpty().WithMessage("The customer's signature is required.")
            .Must(text => text.Length <= MaxSignatureBytes * 4 / 3 + 100).WithMessage("A signature is at most 512 KB.").WithErrorCode("signature_too_large")
            .Must((x, _) => x.SignatureImage() is not null).WithMessage("The signature is not base64.").WithErrorCode("signature_not_base64")
            .Must((x, _) => x.SignatureImage()!.Length <= MaxSignatureBytes).WithMessage("A signature is at most 512 KB.").WithErrorCode("signature_too_large")
            .Must((x, _) => ImageContent.Sniff(x.SignatureImage()) == ImageContent.Png).WithMessage("The signature is not a PNG image.").WithErrorCode("signature_not_png");
        RuleFor(x => x.Satisfied).NotNull().WithMessage("Say whether the customer is satisfied.");
        RuleFor(x => x.Comment).MaximumLength(1000);
    }
}

internal sealed class SignOffJobHandler(TicketsDbContext db, CrewAccess crew, TicketJournal journal) : IRequestHandler<SignOffJob, Result<SignOffResponse>>
{
    public async Task<Result<SignOffResponse>> Handle(SignOffJob request, CancellationToken cancellationToken)
    {
        var job = await crew.OnSiteJobAsync(request.TicketId, "sign off", cancellationToken);
        if (job.IsFailure)
        {
            return job.Error;
        }

        var satisfied = request.Satisfied == true;
        var signOff = CustomerSignOff.Sign(
            job.Value.Id, crew.TechnicianId, journal.Now, request.CustomerName.Trim(), request.SignatureImage()!, satisfied, request.Comment?.Trim());
        db.SignOffs.Add(signOff);
        journal.Record(job.Value, TimelineKind.SignedOff, TimelineNotes.SignedOff(signOff.CustomerName, satisfied, signOff.Comment));
        await db.SaveChangesAsync(cancellationToken);
        return SignOffResponse.From(signOff);
    }
}

internal static class SignOffJobEndpoint
{
    public static void MapSignOffJob(this IEndpointRouteBuilder jobs) =>
        jobs.MapPost("/{id:guid}/sign-off", async (Guid id, SignOffBody body, IMediator mediator, CancellationToken cancellationToken) =>
                (await mediator.Send(new SignOffJob(id, body.CustomerName, body.Signature, body.Satisfied, body.Comment), cancellationToken)).ToHttp(signed => TypedResults.Created($"/api/v1/me/jobs/{id}", signed)))
            .AsFieldStep("SignOffJob", "The customer verifies the fix on site and signs (name, signature PNG ≤ 512 KB, satisfied)")
            .Produces<SignOffResponse>(StatusCodes.Status201Created);
}
