using FluentValidation;

namespace Huiyin.BuildingBlocks.Http;

/// <summary>The rules every photo upload answers to, on the fields a 400 names: <c>file</c> and <c>clientPhotoId</c>.</summary>
public static class PhotoUploadRules
{
    public const int LongestClientPhotoId = 100;

    /// <summary>One JPEG, PNG or WebP photo (by its content, not only its header) of at most 10 MB, with a client id of at most 100 characters.</summary>
    public static void MustBeAPhoto<T>(this AbstractValidator<T> validator, Func<T, PhotoUpload> upload)
    {
        validator.RuleFor(x => upload(x)).Must(photo => ImageContent.Types.Contains(photo.ContentType ?? "") && photo.Content.Length <= ImageContent.MaxBytes
                                                       && ImageContent.Sniff(photo.Content) == photo.ContentType)
            .OverridePropertyName("file").WithErrorCode("photo_invalid")
            .WithMessage("Send one JPEG, PNG or WebP photo of at most 10 MB, as the body or as the form field `file`.");
        validator.RuleFor(x => upload(x).ClientPhotoId).MaximumLength(LongestClientPhotoId).OverridePropertyName("clientPhotoId");
    }

    /// <summary>Hex SHA-256 of a photo: a retry with the same client id must send the same bytes.</summary>
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
}
