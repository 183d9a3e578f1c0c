using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Hw3.Grader.Compiler.Policy;

/// <summary>
/// Walks one syntax tree with its semantic model and collects every use of a refused API (by symbol:
/// what a name binds to, and the type of every expression, so <c>var</c>, <c>using static</c> and aliases
/// do not hide anything) and every refused construct (unsafe, extern, finalizers, <c>dynamic</c>).
/// </summary>
internal sealed class PolicyWalker(SemanticModel model, List<PolicyViolation> violations) : CSharpSyntaxWalker(SyntaxWalkerDepth.Token)
{
    public override void VisitIdentifierName(IdentifierNameSyntax node)
    {
        if (!node.IsVar)
        {
            JudgeSymbolAt(node);
        }

        base.VisitIdentifierName(node);
    }

    public override void VisitGenericName(GenericNameSyntax node)
    {
        JudgeSymbolAt(node);
        base.VisitGenericName(node);
    }

    public override void VisitImplicitObjectCreationExpression(ImplicitObjectCreationExpressionSyntax node)
    {
        JudgeSymbolAt(node);
        base.VisitImplicitObjectCreationExpression(node);
    }

    public override void VisitInvocationExpression(InvocationExpressionSyntax node)
    {
        JudgeExpressionType(node);
        base.VisitInvocationExpression(node);
    }

    public override void VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
    {
        JudgeExpressionType(node);
        base.VisitMemberAccessExpression(node);
    }

    public override void VisitElementAccessExpression(ElementAccessExpressionSyntax node)
    {
        JudgeExpressionType(node);
        base.VisitElementAccessExpression(node);
    }

    public override void VisitDestructorDeclaration(DestructorDeclarationSyntax node)
    {
        Add(node.Identifier.GetLocation(), "a finalizer ~" + node.Identifier.ValueText + "()", PolicyReasons.Finalizer);
        base.VisitDestructorDeclaration(node);
    }

    public override void VisitUnsafeStatement(UnsafeStatementSyntax node)
    {
        Add(node.UnsafeKeyword.GetLocation(), "an unsafe block", PolicyReasons.Unsafe);
        base.VisitUnsafeStatement(node);
    }

    public override void VisitFixedStatement(FixedStatementSyntax node)
    {
        Add(node.FixedKeyword.GetLocation(), "a fixed statement", PolicyReasons.Unsafe);
        base.VisitFixedStatement(node);
    }

    public override void VisitPointerType(PointerTypeSyntax node)
    {
        Add(node.GetLocation(), "the pointer type " + node, PolicyReasons.Unsafe);
        base.VisitPointerType(node);
    }

    public override void VisitFunctionPointerType(FunctionPointerTypeSyntax node)
    {
        Add(node.GetLocation(), "a function pointer", PolicyReasons.Unsafe);
        base.VisitFunctionPointerType(node);
    }

    public override void VisitExternAliasDirective(ExternAliasDirectiveSyntax node)
    {
        Add(node.GetLocation(), "extern alias " + node.Identifier.ValueText, PolicyReasons.NotNeeded);
        base.VisitExternAliasDirective(node);
    }

    public override void VisitToken(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.UnsafeKeyword) && token.Parent is not UnsafeStatementSyntax)
        {
            Add(token.GetLocation(), "the unsafe modifier", PolicyReasons.Unsafe);
        }
        else if (token.IsKind(SyntaxKind.ExternKeyword) && token.Parent is not ExternAliasDirectiveSyntax)
        {
            Add(token.GetLocation(), "the extern modifier", PolicyReasons.Extern);
        }
        else if (token.Kind() is SyntaxKind.ArgListKeyword or SyntaxKind.MakeRefKeyword or SyntaxKind.RefTypeKeyword or SyntaxKind.RefValueKeyword)
        {
            Add(token.GetLocation(), token.Text, PolicyReasons.Reflection);
        }

        base.VisitToken(token);
    }

    private void JudgeSymbolAt(SyntaxNode node)
    {
        var info = model.GetSymbolInfo(node);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        switch (symbol)
        {
            case null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or ILabelSymbol or IRangeVariableSymbol or IDiscardSymbol:
                return;
            case IAliasSymbol alias when alias.Target is ITypeSymbol aliased:
                JudgeType(node, aliased);
                return;
            case IAliasSymbol:
                return;
            case ITypeSymbol type:
                JudgeType(node, type);
                return;
            case IMethodSymbol { MethodKind: MethodKind.Constructor } constructor when constructor.ContainingType is { } created:
                JudgeType(node, created);
                return;
            default:
                if (ApiRules.JudgeMember(symbol) is { } reason)
                {
                    Add(node.GetLocation(), Describe(symbol), reason);
                }

                return;
        }
    }

    private void JudgeExpressionType(ExpressionSyntax node)
    {
        if (model.GetTypeInfo(node).Type is { } type && ApiRules.JudgeType(type) is { } reason)
        {
            Add(node.GetLocation(), "a value of type " + type.ToDisplayString(), reason);
        }
    }

    private void JudgeType(SyntaxNode node, ITypeSymbol type)
    {
        if (ApiRules.JudgeType(type) is { } reason)
        {
            Add(node.GetLocation(), type.ToDisplayString(), reason);
        }
    }

    private static string Describe(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method when method.ReducedFrom is { } extension => extension.ContainingType.ToDisplayString() + "." + method.Name,
        _ when symbol.ContainingType is { } owner => owner.ToDisplayString() + "." + symbol.Name,
        _ => symbol.ToDisplayString(),
    };

    private void Add(Location location, string what, string reason) => violations.Add(new PolicyViolation(location, what, reason));
}
