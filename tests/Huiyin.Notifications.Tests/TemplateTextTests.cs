using Huiyin.BuildingBlocks.Results;
using Huiyin.Notifications.Domain;

namespace Huiyin.Notifications.Tests;

public sealed class TemplateTextTests
{
    private const string Body = "{customerName}您好，关于{subject}，请致电{hotline}。{customerName}";

    [Fact]
    public void Rendering_fills_every_placeholder_each_time_it_appears()
    {
        var text = TemplateText.Render(Body, new Dictionary<string, string> { ["customerName"] = "王先生", ["subject"] = "漏水", ["hotline"] = "400-800-8888" });

        Assert.Equal("王先生您好，关于漏水，请致电400-800-8888。王先生", text.Value);
    }

    [Fact]
    public void A_missing_or_blank_value_is_a_validation_error_naming_it()
    {
        var text = TemplateText.Render(Body, new Dictionary<string, string> { ["customerName"] = "王先生", ["hotline"] = " " });

        Assert.Equal(ErrorKind.Validation, text.Error.Kind);
        Assert.Equal(["values.subject", "values.hotline"], text.Error.FieldErrors!.Keys.Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("您好{customerName}", true)]
    [InlineData("没有占位符", true)]
    [InlineData("您好{customerName", false)]
    [InlineData("您好customerName}", false)]
    [InlineData("您好{}", false)]
    [InlineData("您好{customer name}", false)]
    public void A_body_is_well_formed_when_every_brace_belongs_to_a_placeholder(string body, bool wellFormed) =>
        Assert.Equal(wellFormed, TemplateText.IsWellFormed(body));

    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138-1234-5678", "13812345678")]
    [InlineData("0086 13812345678", "13812345678")]
    [InlineData("(138) 1234 5678", "13812345678")]
    [InlineData("12812345678", null)]
    [InlineData("021-61234567", null)]
    [InlineData("1381234567", null)]
    [InlineData("", null)]
    public void Only_mainland_mobile_numbers_can_receive_text_messages(string phone, string? normalized) =>
        Assert.Equal(normalized, MobilePhone.Normalize(phone));

    [Fact]
    public void A_masked_phone_shows_only_its_last_four_digits() =>
        Assert.Equal("*******5678", MobilePhone.Mask("13812345678"));
}
